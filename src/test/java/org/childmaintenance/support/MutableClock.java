package org.childmaintenance.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.childmaintenance.base.TimeConfig;

/**
 * A clock tests can move, zoned like the portal's clock (UK time). Starts at real time so database
 * rows look normal; reset it after moving. {@link #withZone} gives a view that moves with it.
 */
public class MutableClock extends Clock {
    private static final ZoneId UK = ZoneId.of(TimeConfig.ZONE_NAME);
    private volatile Instant now = Instant.now();

    @Override
    public ZoneId getZone() {
        return UK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(UK)) {
            return this;
        }
        MutableClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = Instant.now();
    }
}
