package org.salondesk.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The API's JSON: strict on the way in (unknown fields, duplicate keys, strings for numbers, floats for ids, trailing
 * tokens are refused with the field's path), plain on the way out.
 */
final class ApiJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    ApiJson() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(40).maxStringLength(70_000).maxNestingDepth(20).build());
    }

    /** The body as {@code type}; anything malformed is INVALID_ARGUMENT naming the field. */
    <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiProblem.invalid("body", "The request needs a JSON body.");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiProblem.invalid("body", "The request body must be a JSON object.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            throw ApiProblem.invalid(path, "Unknown field \u201c" + path + "\u201d.");
        } catch (JsonMappingException e) {
            String path = path(e);
            throw ApiProblem.invalid(path.isEmpty() ? "body" : path,
                    path.isEmpty() ? "The request body must be a JSON object of the documented fields."
                            : "\u201c" + path + "\u201d has the wrong type or value.");
        } catch (IOException e) {
            throw ApiProblem.invalid("body", "The request body is not valid JSON in UTF-8.");
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        // The names come from the request: an answer repeats at most 60 characters of them.
        return path.length() > 60 ? path.substring(0, 60) + "\u2026" : path.toString();
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answer as JSON", e);
        }
    }

    /**
     * A fingerprint of what a request asks for: SHA-256 of its parsed body written back in one canonical form, so
     * that spacing and the order of fields do not count, but every value does.
     */
    String fingerprint(Object parsed) {
        try {
            byte[] canonical = mapper.writeValueAsString(mapper.convertValue(parsed, Map.class))
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
