package org.salondesk.staff;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/**
 * Staff passwords as Argon2id, kept as the standard PHC string {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash} so that any
 * Argon2 tool can check them and stronger parameters can come later without losing the old hashes (decision 0023).
 * The caller's {@code char[]} is never copied into a String; the UTF-8 bytes made from it are wiped after use.
 */
public final class Passwords {

    /** The shortest password taken. */
    public static final int MIN_LENGTH = 8;

    /**
     * Memory in KiB, passes and lanes: a check takes 120–200 ms on the 2-core build machine (decision 0023 has the
     * figures), slow enough to make guessing costly and quick enough for a sign-in.
     */
    static final int MEMORY_KIB = 64 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash of nothing anyone types, checked against when there is no hash, so both answers take as long. */
    private static final String DECOY = hash("decoy password, never typed".toCharArray(), new byte[SALT_BYTES],
            MEMORY_KIB, ITERATIONS, PARALLELISM);

    private Passwords() {
    }

    /** The password refused when it is too short (a refusal naming neither the password nor its length). */
    public static void requireStrongEnough(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.staff.passwordTooShort", MIN_LENGTH);
        }
    }

    /** The PHC string of {@code password} with a fresh random salt. */
    /** A PIN: 4 to 6 digits (never a password, which has at least {@link #MIN_LENGTH} characters). */
    public static boolean isPin(char[] secret) {
        if (secret == null || secret.length < 4 || secret.length > 6) {
            return false;
        }
        for (char c : secret) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Refuses (INVALID_ARGUMENT) a PIN that is not 4 to 6 digits. */
    public static void requirePin(char[] pin) {
        if (!isPin(pin)) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.staff.pinFormat");
        }
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return hash(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    /**
     * Whether {@code password} is the one {@code phc} was made from, compared in constant time. A missing or
     * unreadable hash answers false after the same work as a real check.
     */
    public static boolean matches(char[] password, String phc) {
        Matcher parts = phc == null ? null : PHC.matcher(phc);
        if (parts == null || !parts.matches()) {
            matches(password, DECOY);
            return false;
        }
        byte[] salt = DECODER.decode(parts.group(4));
        byte[] expected = DECODER.decode(parts.group(5));
        byte[] actual = generate(password, salt, Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                Integer.parseInt(parts.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether {@code phc} was made with weaker parameters than today's, so a sign-in may hash it again. */
    static boolean weakerThanToday(String phc) {
        Matcher parts = PHC.matcher(phc);
        return !parts.matches() || Integer.parseInt(parts.group(1)) < MEMORY_KIB
                || Integer.parseInt(parts.group(2)) < ITERATIONS;
    }

    static String hash(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        byte[] hash = generate(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    private static byte[] generate(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                   int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(parallelism).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] utf8 = utf8(password);
        try {
            byte[] out = new byte[length];
            generator.generateBytes(utf8, out);
            return out;
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /** The UTF-8 bytes of {@code password}, made without a String; every buffer but the result is wiped. */
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
