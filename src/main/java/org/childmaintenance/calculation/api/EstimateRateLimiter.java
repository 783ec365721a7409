package org.childmaintenance.calculation.api;

import java.time.Duration;
import org.childmaintenance.identity.RateLimits;

/**
 * {@code perMinute} estimates a minute per client address, counted in the database through
 * {@link RateLimits} (fixed one-minute windows), so the limit holds across all nodes of the portal.
 */
final class EstimateRateLimiter implements EstimateRateLimitFilter.Limit {
    static final Duration WINDOW = Duration.ofMinutes(1);
    private final RateLimits limits;
    private final int perMinute;

    EstimateRateLimiter(RateLimits limits, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("portal.estimates.rate-limit-per-minute must be at least 1");
        }
        this.limits = limits;
        this.perMinute = perMinute;
    }

    @Override
    public Duration waitBefore(String address) {
        RateLimits.Decision decision = limits.acquire("estimate:address:" + address, perMinute, WINDOW);
        return decision.allowed() ? Duration.ZERO : decision.retryAfter();
    }
}
