package org.childmaintenance.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole portal, zoned to UK time, so that every rule that depends on "today" can
 * be tested. Code takes the zone from the injected clock ({@code LocalDate.now(clock)},
 * {@code instant.atZone(clock.getZone())}); only annotations, which cannot, use {@link #ZONE_NAME}.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {
    /** For {@code @Scheduled(zone = ...)}; everything else uses the clock's zone. */
    public static final String ZONE_NAME = "Europe/London";

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of(ZONE_NAME));
    }
}
