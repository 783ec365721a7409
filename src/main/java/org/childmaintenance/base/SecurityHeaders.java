package org.childmaintenance.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser security headers on every response (ASVS V3.4): a Content-Security-Policy Vaadin works
 * with, no referrer (tokens travel in URLs), no powerful browser features, no MIME sniffing. Runs
 * first, before Spring Security, which adds HSTS, frame and cache headers of its own.
 */
@Configuration
class SecurityHeaders {

    /**
     * Vaadin Flow's client evaluates server-sent JavaScript with {@code new Function} (needs
     * 'unsafe-eval': without it Chromium blocks eval in FlowClient.js and the page never starts, as
     * the browser tests showed), its bootstrap page has inline scripts, and the components set inline
     * styles. The browser tests fail on any CSP violation.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()");

    @Bean
    FilterRegistrationBean<Filter> securityHeadersFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/*");
        registration.setName("securityHeadersFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Sets the headers before the rest of the chain writes anything. */
    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            chain.doFilter(request, response);
        }
    }
}
