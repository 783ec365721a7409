package org.childmaintenance.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Live heap per signed-in parent session holding My case (BENCHMARKS.md "Session heap"): warms up with
 * sessions that sign out again, takes a class histogram of live objects (jcmd GC.class_histogram runs a full GC
 * first), opens N sessions that sign in through the sign-in view and stay on My case, takes a second
 * histogram, and prints (after − before) / N and the classes that grew most. Settings:
 * {@code -Dheap.base=http://127.0.0.1:8190 -Dheap.pid=<portal pid> -Dheap.sessions=500 -Dheap.warmup=50
 * -Dheap.jcmd=/usr/lib/jvm/.../bin/jcmd -Dheap.out=target/heap} (the two histograms are saved there).
 */
public final class SessionHeapBenchmark {
    private SessionHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("heap.base", "http://127.0.0.1:8190");
        long pid = Long.parseLong(System.getProperty("heap.pid"));
        int sessions = Integer.getInteger("heap.sessions", 500);
        int warmup = Integer.getInteger("heap.warmup", 50);
        int offset = Integer.getInteger("heap.firstAccount", 1);
        String jcmd = System.getProperty("heap.jcmd", Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        Path out = Path.of(System.getProperty("heap.out", "target/heap"));
        Files.createDirectories(out);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Stats stats = new Stats();
        stats.startMeasuring();
        Scenarios.Think none = () -> { };

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < warmup; i++) {
                int account = offset + sessions + i;
                work.add(pool.submit(() -> {
                    VaadinClient c = new VaadinClient(http, base, stats);
                    Scenarios.signIn(c, "load.receiving." + account + "@example.com", Scenarios.PASSWORD);
                    c.navigate("myCase", "my-case");
                    Scenarios.signOut(c, "signOut");
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            Map<String, long[]> before = histogram(jcmd, pid, out.resolve("histogram-before.txt"));
            List<VaadinClient> kept = java.util.Collections.synchronizedList(new ArrayList<>());
            work.clear();
            for (int i = 0; i < sessions; i++) {
                int account = offset + i;
                work.add(pool.submit(() -> {
                    VaadinClient c = new VaadinClient(http, base, stats);
                    Scenarios.signIn(c, "load.receiving." + account + "@example.com", Scenarios.PASSWORD);
                    c.navigate("myCase", "my-case");
                    c.need("weekly-amount");
                    kept.add(c);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            Map<String, long[]> after = histogram(jcmd, pid, out.resolve("histogram-after.txt"));
            long grew = after.get("Total")[1] - before.get("Total")[1];
            System.out.println("==== Session heap benchmark ====");
            System.out.printf("date %s, load average %s%n", ZonedDateTime.now().withNano(0), LoadBenchmark.loadAverage());
            System.out.printf("%d sessions on My case: live heap grew %,d bytes = %,d bytes per session%n", kept.size(), grew,
                    grew / Math.max(1, kept.size()));
            System.out.println("classes that grew most (bytes per session, instances per session):");
            after.entrySet().stream().filter(e -> !e.getKey().equals("Total"))
                    .map(e -> Map.entry(e.getKey(), new long[] {
                            e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                            e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                    .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(30)
                    .forEach(e -> System.out.printf("  %,9d B %8.1f  %s%n", e.getValue()[1] / kept.size(),
                            (double) e.getValue()[0] / kept.size(), e.getKey()));
            System.out.println("==== end ====");
            System.out.print(stats.table());
        }
        System.exit(0);
    }

    /** jcmd GC.class_histogram (live objects: a full GC first): class → {instances, bytes}; "Total" too. */
    static Map<String, long[]> histogram(String jcmd, long pid, Path saveTo) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.writeString(saveTo, text);
        Map<String, long[]> result = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                result.merge(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } else if (f.length >= 3 && f[0].equals("Total")) {
                result.put("Total", new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        if (!result.containsKey("Total")) {
            throw new IllegalStateException("no histogram from jcmd: " + text);
        }
        return result;
    }
}
