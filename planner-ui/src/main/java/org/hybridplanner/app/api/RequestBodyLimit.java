package org.hybridplanner.app.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.hybridplanner.model.PlanLimits;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over the plan-document limit ({@link PlanLimits#MAX_DOCUMENT_BYTES}, 16 MiB) with 413
 * problem details, before anything reads them: at once when {@code Content-Length} says so, and for streamed
 * (chunked) bodies as soon as the limit is passed, having read at most the limit and one buffer more. A body
 * within the limit is read here, once, and handed on. Runs before every other filter, so nothing reads a body
 * first; the connection is closed after a refusal, so the rest of the body is never read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {
    static final URI BODY_TOO_LARGE = URI.create("https://hybridplanner.org/problems/body-too-large");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long limit;
    private final JacksonJsonHttpMessageConverter json = new JacksonJsonHttpMessageConverter();

    RequestBodyLimit() {
        this(PlanLimits.MAX_DOCUMENT_BYTES);
    }

    RequestBodyLimit(long limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WITH_BODY.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        byte[] body = declared > limit ? null : readAtMostLimit(request.getInputStream(), declared);
        if (body == null) {
            refuse(response);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /** The whole body, or null as soon as it is longer than the limit. */
    private byte[] readAtMostLimit(InputStream in, long declared) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    private void refuse(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The request body "
                + "is larger than the limit of " + limit / (1024 * 1024) + " MiB (" + limit + " bytes)");
        problem.setType(BODY_TOO_LARGE);
        problem.setTitle("Request body too large");
        problem.setProperty("limitBytes", limit);
        ProblemBody body = new ProblemBody();
        json.write(problem, MediaType.APPLICATION_PROBLEM_JSON, body);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        // Closing the connection is what stops the client's upload: Tomcat discards at most 2 MiB more of it
        // (server.tomcat.max-swallow-size) and closes; nothing of it is kept.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // A length, so that the client knows the answer is complete while the connection is still open; and sent
        // now, before Tomcat discards the rest of the body.
        response.setContentLength(body.bytes.size());
        body.bytes.writeTo(response.getOutputStream());
        response.flushBuffer();
    }

    /** The problem's JSON, written to memory first so that its length is known. */
    private static final class ProblemBody implements org.springframework.http.HttpOutputMessage {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final HttpHeaders headers = new HttpHeaders();

        @Override
        public java.io.OutputStream getBody() {
            return bytes;
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }

    /** The request with its body already read. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read before the request went on");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
