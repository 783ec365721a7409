package org.childmaintenance.base;

import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A casework queue that a feature shows on the casework desk (/casework) without the desk knowing the
 * feature: a stable key, a title (translation key), how many items wait and since when, and a link to
 * the feature's own queue page. Declare one bean per queue (see {@link #of}); the desk lists them oldest first.
 */
public interface WorkQueue {
    /** How many items wait and when the oldest arrived (null when none). */
    record Snapshot(long count, @Nullable Instant oldest) {
        public static final Snapshot EMPTY = new Snapshot(0, null);
    }

    /** Stable id, e.g. "messages.inbox" (also used for element ids). */
    String key();

    /** Translation key of the queue's name. */
    String titleKey();

    /** The feature's own queue page, a portal path without a leading slash. */
    String link();

    /** Counted now, as the signed-in caseworker may see it. */
    Snapshot snapshot();

    /** True when items can be taken ("assign to me") on the queue's own page. */
    default boolean assignable() {
        return false;
    }

    /** A queue from a snapshot function (for @Bean methods). */
    static WorkQueue of(String key, String titleKey, String link, boolean assignable, Supplier<Snapshot> snapshot) {
        return new WorkQueue() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public String link() {
                return link;
            }

            @Override
            public Snapshot snapshot() {
                return snapshot.get();
            }

            @Override
            public boolean assignable() {
                return assignable;
            }
        };
    }

    /** Count and oldest of a list of arrival times. */
    static Snapshot snapshotOf(java.util.Collection<Instant> arrivals) {
        return new Snapshot(arrivals.size(), arrivals.stream().min(Instant::compareTo).orElse(null));
    }
}
