package org.childmaintenance.calculation.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with a JSON message when an address asks for too many estimates. Runs before the body
 * is read. The address is {@code request.getRemoteAddr()}: behind a proxy, set
 * {@code server.forward-headers-strategy=native} so it is the client's, not the proxy's.
 */
final class EstimateRateLimitFilter extends OncePerRequestFilter {

    private static final byte[] TOO_MANY = ("{\"errors\":[{\"field\":\"\",\"message\":"
            + "\"You have asked for too many estimates. Wait a minute and try again.\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    /** How long an address must wait before its next estimate: zero when it may go ahead now (the attempt counts). */
    @FunctionalInterface
    interface Limit {
        Duration waitBefore(String address);
    }

    private final Limit limit;

    EstimateRateLimitFilter(Limit limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = limit.waitBefore(request.getRemoteAddr());
        if (wait.isZero() || wait.isNegative()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(TOO_MANY.length);
        response.getOutputStream().write(TOO_MANY);
    }
}
