package org.childmaintenance.calculation.api;

import org.childmaintenance.calculation.CalculationEngine;
import org.childmaintenance.identity.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java engine into Spring and rate-limits the estimate endpoint. */
@Configuration
public class EstimateApiConfig {

    static final String ESTIMATES_PATH = "/api/v1/estimates";

    /** The engine, for the API and for the calculator page to inject. */
    @Bean
    CalculationEngine calculationEngine() {
        return new CalculationEngine();
    }

    /**
     * Per-address limit on {@value #ESTIMATES_PATH}, shared by all nodes (identity's database-backed
     * {@link RateLimits}); property {@code portal.estimates.rate-limit-per-minute}.
     */
    @Bean
    FilterRegistrationBean<EstimateRateLimitFilter> estimateRateLimitFilter(RateLimits limits,
            @Value("${portal.estimates.rate-limit-per-minute:60}") int perMinute) {
        FilterRegistrationBean<EstimateRateLimitFilter> registration =
                new FilterRegistrationBean<>(new EstimateRateLimitFilter(new EstimateRateLimiter(limits, perMinute)));
        registration.addUrlPatterns(ESTIMATES_PATH, ESTIMATES_PATH + "/*");
        registration.setName("estimateRateLimitFilter");
        return registration;
    }

    /**
     * Refuses bodies over {@code portal.estimates.max-body-bytes} (16 KB) with 413 before they are read;
     * ordered after the rate limit so refused floods still count.
     */
    @Bean
    FilterRegistrationBean<EstimateBodySizeFilter> estimateBodySizeFilter(
            @Value("${portal.estimates.max-body-bytes:16384}") int maxBytes) {
        FilterRegistrationBean<EstimateBodySizeFilter> registration =
                new FilterRegistrationBean<>(new EstimateBodySizeFilter(maxBytes));
        registration.addUrlPatterns(ESTIMATES_PATH, ESTIMATES_PATH + "/*");
        registration.setName("estimateBodySizeFilter");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
