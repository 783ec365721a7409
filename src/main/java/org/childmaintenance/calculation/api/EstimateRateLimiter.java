package org.childmaintenance.calculation.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address (Bucket4j): {@code perMinute} estimates, refilled smoothly over
 * a minute. Kept in memory, so each application instance counts on its own.
 */
final class EstimateRateLimiter {

    /** Above this many addresses, idle (full) buckets are dropped; nothing is lost by dropping them. */
    static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final long perMinute;
    private final TimeMeter clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    EstimateRateLimiter(long perMinute) {
        this(perMinute, TimeMeter.SYSTEM_NANOTIME);
    }

    EstimateRateLimiter(long perMinute, TimeMeter clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("portal.estimates.rate-limit-per-minute must be at least 1");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** @return 0 when the request may go ahead, otherwise the nanoseconds until it could */
    long tryAcquire(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket == null) {
            if (buckets.size() >= MAX_TRACKED_ADDRESSES) {
                forgetIdle();
            }
            bucket = buckets.computeIfAbsent(address, key -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock)
                .build();
    }

    /** Drops full buckets; if an address flood leaves none full, drops arbitrary ones to stay bounded. */
    private void forgetIdle() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
        Iterator<String> addresses = buckets.keySet().iterator();
        while (buckets.size() >= MAX_TRACKED_ADDRESSES && addresses.hasNext()) {
            addresses.next();
            addresses.remove();
        }
    }

    int trackedAddresses() {
        return buckets.size();
    }
}
