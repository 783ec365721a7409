package org.childmaintenance.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latencies per action (every value kept, so percentiles are exact), round trips, errors by kind and UIDL
 * response sizes. Only what happens after {@link #startMeasuring()} counts (the ramp-up is left out).
 */
final class Stats {
    private static final class Series {
        private long[] values = new long[1024];
        private int size;
        private long bytes;
        private int sized;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized void bytes(long n) {
            bytes += n;
            sized++;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    private final Map<String, Series> series = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder actions = new LongAdder();
    private final AtomicLong measuringSince = new AtomicLong(-1);
    private volatile boolean measuring;

    void startMeasuring() {
        measuringSince.set(System.nanoTime());
        measuring = true;
    }

    void stopMeasuring() {
        measuring = false;
    }

    double measuredSeconds(long endNanos) {
        return (endNanos - measuringSince.get()) / 1e9;
    }

    void roundTrip() {
        if (measuring) {
            roundTrips.increment();
        }
    }

    void action(String label, long nanos) {
        if (measuring) {
            actions.increment();
            series.computeIfAbsent(label, k -> new Series()).add(nanos);
        }
    }

    void responseBytes(String label, long bytes) {
        if (measuring) {
            series.computeIfAbsent(label, k -> new Series()).bytes(bytes);
        }
    }

    void error(String label, String kind) {
        if (measuring) {
            errors.computeIfAbsent(label + " — " + kind, k -> new LongAdder()).increment();
        }
    }

    long roundTrips() {
        return roundTrips.sum();
    }

    long actions() {
        return actions.sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** All actions' latencies together. */
    long[] allSorted() {
        return series.values().stream().flatMapToLong(s -> Arrays.stream(s.sorted())).sorted().toArray();
    }

    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    String table() {
        StringBuilder sb = new StringBuilder(String.format("%-34s %8s %8s %8s %8s %8s %9s%n",
                "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "avg KB"));
        new TreeMap<>(series).forEach((label, s) -> {
            long[] v = s.sorted();
            double kb = s.sized == 0 ? Double.NaN : s.bytes / 1024.0 / s.sized;
            sb.append(String.format("%-34s %8d %8.1f %8.1f %8.1f %8.1f %9.1f%n", label, v.length,
                    percentileMs(v, 50), percentileMs(v, 95), percentileMs(v, 99), percentileMs(v, 100), kb));
        });
        long[] all = allSorted();
        sb.append(String.format("%-34s %8d %8.1f %8.1f %8.1f %8.1f%n", "ALL ACTIONS", all.length,
                percentileMs(all, 50), percentileMs(all, 95), percentileMs(all, 99), percentileMs(all, 100)));
        if (!errors.isEmpty()) {
            sb.append("errors:\n");
            new TreeMap<>(errors).forEach((k, v) -> sb.append("  ").append(v.sum()).append("  ").append(k).append('\n'));
        }
        return sb.toString();
    }
}
