package org.childmaintenance.load;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load driver (BENCHMARKS.md "Load"): N simulated people, each on a virtual thread, doing visits of the mix
 * (parents, employers, caseworkers, anonymous estimate) with think time, against a running portal. Ramp-up
 * first (not measured), then the measured window; prints users, round trips/s, p50/p95/p99 per action, errors,
 * the server's CPU (from /proc for the pids given) and the driver's own CPU. Settings as -D system properties:
 * <pre>
 * load.base=http://127.0.0.1:8190  load.users=100  load.rampSeconds=60  load.seconds=180
 * load.thinkMin=5  load.thinkMax=10  load.mix=parent:70,employer:5,caseworker:5,anonymous:20
 * load.accounts=1000 (cases made by portal.load-users)  load.pids=&lt;portal pid&gt;,&lt;mariadbd pid&gt;
 * load.caseworkers=caseworker@example.com,caseworker2@example.com  load.employers=payroll@example.com
 * </pre>
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    record Mix(int parent, int employer, int caseworker, int anonymous) {
        static Mix parse(String s) {
            int[] v = new int[4];
            for (String part : s.split(",")) {
                String[] kv = part.split(":");
                int n = Integer.parseInt(kv[1].trim());
                switch (kv[0].trim()) {
                    case "parent" -> v[0] = n;
                    case "employer" -> v[1] = n;
                    case "caseworker" -> v[2] = n;
                    case "anonymous" -> v[3] = n;
                    default -> throw new IllegalArgumentException("unknown kind in load.mix: " + kv[0]);
                }
            }
            return new Mix(v[0], v[1], v[2], v[3]);
        }

        /** Spreads the kinds over the users in the mix's proportions, also for small numbers of users. */
        String kindOf(int user) {
            int total = parent + employer + caseworker + anonymous;
            double position = (user * 0.6180339887498949) % 1.0; // golden-ratio sequence: evenly spread
            double slot = position * total;
            if (slot < parent) {
                return "parent";
            }
            if (slot < parent + employer) {
                return "employer";
            }
            return slot < parent + employer + caseworker ? "caseworker" : "anonymous";
        }
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("load.base", "http://127.0.0.1:8190");
        int users = Integer.getInteger("load.users", 100);
        int rampSeconds = Integer.getInteger("load.rampSeconds", 60);
        int seconds = Integer.getInteger("load.seconds", 180);
        Duration thinkMin = Duration.ofMillis((long) (Double.parseDouble(System.getProperty("load.thinkMin", "5")) * 1000));
        Duration thinkMax = Duration.ofMillis((long) (Double.parseDouble(System.getProperty("load.thinkMax", "10")) * 1000));
        Mix mix = Mix.parse(System.getProperty("load.mix", "parent:70,employer:5,caseworker:5,anonymous:20"));
        int accounts = Integer.getInteger("load.accounts", 1000);
        List<String> caseworkers = List.of(System.getProperty("load.caseworkers", "caseworker@example.com,caseworker2@example.com").split(","));
        List<String> employers = List.of(System.getProperty("load.employers", "payroll@example.com").split(","));
        long[] pids = Arrays.stream(System.getProperty("load.pids", "").split(",")).filter(p -> !p.isBlank())
                .mapToLong(Long::parseLong).toArray();

        Stats stats = new Stats();
        Scenarios.Think think = Scenarios.think(thinkMin, thinkMax);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long startNanos = System.nanoTime();
        long measureFrom = startNanos + TimeUnit.SECONDS.toNanos(rampSeconds);
        long endNanos = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger visits = new AtomicInteger();
        AtomicInteger active = new AtomicInteger();

        System.out.printf("Load: %d users (%s), ramp %d s, measured %d s, think %s–%s, against %s%n", users, mix, rampSeconds,
                seconds, thinkMin, thinkMax, base);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                int user = u;
                long startAt = startNanos + (long) ((double) user / users * TimeUnit.SECONDS.toNanos(rampSeconds));
                pool.submit(() -> {
                    sleepUntil(startAt);
                    active.incrementAndGet();
                    int visit = 0;
                    while (System.nanoTime() < endNanos) {
                        VaadinClient c = new VaadinClient(http, base, stats);
                        String kind = mix.kindOf(user);
                        try {
                            switch (kind) {
                                case "parent" -> {
                                    int account = (int) (((long) user + (long) visit * users) % accounts) + 1;
                                    String role = (visit % 2 == 0) ? "receiving" : "paying";
                                    Scenarios.parentVisit(c, "load." + role + "." + account + "@example.com", think);
                                }
                                case "employer" -> Scenarios.employerPayRun(c, employers.get(user % employers.size()), think);
                                case "caseworker" -> Scenarios.caseworkerShift(c, caseworkers.get(user % caseworkers.size()),
                                        accounts, 5, think);
                                default -> Scenarios.anonymousEstimate(c, think);
                            }
                            visits.incrementAndGet();
                        } catch (VaadinClient.LoadError e) {
                            String msg = String.valueOf(e.getMessage());
                            int colon = msg.indexOf(':');
                            stats.error(colon > 0 ? msg.substring(0, colon) : kind, colon > 0 ? shorten(msg.substring(colon + 1)) : msg);
                        } catch (RuntimeException e) {
                            stats.error(kind, e.getClass().getSimpleName() + " " + shorten(String.valueOf(e.getMessage())));
                        }
                        visit++;
                        think.pause();
                    }
                    active.decrementAndGet();
                    return null;
                });
            }
            sleepUntil(measureFrom);
            stats.startMeasuring();
            Cpu before = Cpu.now(pids);
            long lastPrint = System.nanoTime();
            while (System.nanoTime() < endNanos) {
                Thread.sleep(Math.min(10_000, Math.max(1, (endNanos - System.nanoTime()) / 1_000_000)));
                if (System.nanoTime() - lastPrint > 29_000_000_000L) {
                    lastPrint = System.nanoTime();
                    long[] all = stats.allSorted();
                    System.out.printf("  +%3.0f s: %d active, %d round trips, p95 %.0f ms, %d errors%n",
                            stats.measuredSeconds(System.nanoTime()), active.get(), stats.roundTrips(),
                            Stats.percentileMs(all, 95), stats.errorCount());
                }
            }
            stats.stopMeasuring();
            Cpu after = Cpu.now(pids);
            double secs = stats.measuredSeconds(System.nanoTime());
            report(stats, users, mix, secs, before, after, pids, base);
            pool.shutdownNow();
        }
        System.exit(0);
    }

    private static void report(Stats stats, int users, Mix mix, double secs, Cpu before, Cpu after, long[] pids, String base) {
        long[] all = stats.allSorted();
        double errorPct = 100.0 * stats.errorCount() / Math.max(1, stats.actions() + stats.errorCount());
        System.out.println("==== Load benchmark ====");
        System.out.printf("date %s, machine %d cores, load average at end %s%n", ZonedDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf("users %d (%s), measured %.0f s against %s%n", users, mix, secs, base);
        System.out.printf("round trips %d (%.1f/s), actions %d (%.1f/s), errors %d (%.3f %%)%n", stats.roundTrips(),
                stats.roundTrips() / secs, stats.actions(), stats.actions() / secs, stats.errorCount(), errorPct);
        System.out.printf("all actions: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", Stats.percentileMs(all, 50),
                Stats.percentileMs(all, 95), Stats.percentileMs(all, 99));
        double wall = secs;
        double machine = (after.machineTicks - before.machineTicks) / 100.0 / wall;
        double driver = (after.driverNanos - before.driverNanos) / 1e9 / wall;
        System.out.printf("CPU (cores busy on average): whole machine %.2f of %d, driver %.2f", machine,
                Runtime.getRuntime().availableProcessors(), driver);
        for (int i = 0; i < pids.length; i++) {
            System.out.printf(", pid %d %.2f", pids[i], (after.ticksOfPids[i] - before.ticksOfPids[i]) / 100.0 / wall);
        }
        System.out.println();
        if (pids.length > 0) {
            double serverCpuMs = (after.ticksOfPids[0] - before.ticksOfPids[0]) * 10.0;
            System.out.printf("first pid's CPU per round trip %.1f ms, per action %.1f ms; driver's share of the busy CPU %.0f %%%n",
                    serverCpuMs / Math.max(1, stats.roundTrips()), serverCpuMs / Math.max(1, stats.actions()),
                    100 * driver / Math.max(0.01, machine));
        }
        System.out.print(stats.table());
        System.out.println("==== end ====");
    }

    /** CPU counters: the machine's busy ticks (/proc/stat), each pid's user+system ticks, the driver's own CPU time. */
    record Cpu(long machineTicks, long[] ticksOfPids, long driverNanos) {
        static Cpu now(long[] pids) {
            long[] ticks = new long[pids.length];
            for (int i = 0; i < pids.length; i++) {
                ticks[i] = pidTicks(pids[i]);
            }
            long driver = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            return new Cpu(machineBusy(), ticks, driver);
        }

        private static long machineBusy() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                // user nice system idle iowait irq softirq steal
                return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                        + Long.parseLong(f[7]) + Long.parseLong(f[8]);
            } catch (Exception e) {
                return 0;
            }
        }

        private static long pidTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
            } catch (Exception e) {
                return 0;
            }
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").replaceAll("\\d{3,}", "N");
        return oneLine.length() > 140 ? oneLine.substring(0, 140) + "…" : oneLine;
    }

    private static void sleepUntil(long nanos) {
        long ms = (nanos - System.nanoTime()) / 1_000_000;
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
