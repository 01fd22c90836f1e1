package org.salondesk.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Requests that Jetty refuses before Javalin sees them (a path with %00 or invalid UTF-8, a header too long) answer
 * the API's JSON error too, never Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

    private final ApiJson json;

    JettyErrors(ApiJson json) {
        this.json = json;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus() >= 400 && response.getStatus() < 500 ? response.getStatus() : 400;
        byte[] body = body(status);
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
        return ByteBuffer.wrap(body(status >= 400 && status < 500 ? status : 400));
    }

    private byte[] body(int status) {
        ApiProblem problem = status == 413
                ? new ApiProblem(413, "INVALID_ARGUMENT", "The request is too large.", "body")
                : status == 404 ? new ApiProblem(404, "NOT_FOUND", "There is no such endpoint.", null)
                : new ApiProblem(status, "INVALID_ARGUMENT", "The request could not be read (its path or headers).",
                        null);
        return json.write(ApiErrors.body(problem)).getBytes(StandardCharsets.UTF_8);
    }
}
