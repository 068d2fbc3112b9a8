package org.hybridplanner.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The body limit on its own: refusals, how much of an endless body it reads, and what it hands on. */
class RequestBodyLimitTest {
    private final RequestBodyLimit limit = new RequestBodyLimit(1024);

    @Test
    void refusesADeclaredLengthOverTheLimitWithProblemDetails() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/recommendations") {
            @Override
            public long getContentLengthLong() {
                return 1025;
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        limit.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(response.getContentAsString()).contains("\"status\":413", "\"limitBytes\":1024",
                "\"type\":\"https://hybridplanner.org/problems/body-too-large\"");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }

    @Test
    void stopsReadingAStreamedBodyJustPastTheLimit() throws Exception {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return ' ';
            }
        };
        MockHttpServletRequest streamed = new MockHttpServletRequest("PUT", "/api/plans/x") {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                return new org.springframework.mock.web.DelegatingServletInputStream(endless);
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(streamed, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(read.get()).isLessThanOrEqualTo(1024 + 64 * 1024);
    }

    @Test
    void handsOnABodyWithinTheLimitWhole() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/plans");
        request.setContent(new byte[1024]);
        MockFilterChain chain = new MockFilterChain();

        limit.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest().getInputStream().readAllBytes()).hasSize(1024);
        assertThat(chain.getRequest().getContentLengthLong()).isEqualTo(1024);
    }

    @Test
    void leavesOtherRequestsAlone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/plans");
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
