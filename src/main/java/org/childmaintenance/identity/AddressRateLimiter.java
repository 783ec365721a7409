package org.childmaintenance.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Sign-in attempts per client address (token bucket), bounded in memory. */
@Component
class AddressRateLimiter {
    private static final int MAX_ADDRESSES = 50_000;
    private final int perMinute;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    AddressRateLimiter(@Value("${portal.security.ip-attempts-per-minute:20}") int perMinute) {
        this.perMinute = perMinute;
    }

    synchronized boolean tryAcquire(String address) {
        return buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
