package org.childmaintenance.load;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node killed under load (BENCHMARKS.md "Kill test"; run by docker/kill-test.sh). Against the balancer of
 * docker/two-nodes.sh, simulated parents sign in, write a message to the service and sign out, again and again,
 * while anonymous visitors work out estimates; after {@code kill.killAt} seconds the command {@code kill.command}
 * SIGKILLs one node. The driver counts what the portal confirmed (a sign-in that reached the home page, a message
 * whose conversation page opened with "sent"), which node each person was on (the balancer's CMNODE cookie), and
 * what people of the killed node saw next. Before and after, it reads the database: ledger totals, every ledger
 * transaction's balance, and the counts of audit entries, messages, attachments (uploads) and deductions.
 * Settings (-D): kill.base (http://127.0.0.1:8180), kill.users (40), kill.seconds (120), kill.killAt (50),
 * kill.command (docker/two-nodes.sh kill 1), kill.node (n1), load.accounts (100), load.thinkMin/Max (1/3 s),
 * kill.db (jdbc:mariadb://127.0.0.1:3306/cmportal_load), kill.dbUser/kill.dbPassword (cmportal).
 */
public final class KillNodeBenchmark {
    private KillNodeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("kill.base", "http://127.0.0.1:8180");
        int users = Integer.getInteger("kill.users", 40);
        int seconds = Integer.getInteger("kill.seconds", 120);
        int killAt = Integer.getInteger("kill.killAt", 50);
        String command = System.getProperty("kill.command", "docker/two-nodes.sh kill 1");
        String killedNode = System.getProperty("kill.node", "n1");
        int accounts = Integer.getInteger("load.accounts", 100);
        Duration thinkMin = Duration.ofMillis((long) (Double.parseDouble(System.getProperty("load.thinkMin", "1")) * 1000));
        Duration thinkMax = Duration.ofMillis((long) (Double.parseDouble(System.getProperty("load.thinkMax", "3")) * 1000));
        String run = Long.toString(System.currentTimeMillis(), 36);

        Map<String, Object> before = Figures.read(run);
        Stats stats = new Stats();
        stats.startMeasuring();
        Scenarios.Think think = Scenarios.think(thinkMin, thinkMax);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Counts counts = new Counts();
        long start = System.nanoTime();
        long killNanos = start + TimeUnit.SECONDS.toNanos(killAt);
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        System.out.printf("Kill test %s: %d users against %s for %d s, \"%s\" after %d s%n", run, users, base, seconds, command, killAt);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                int user = u;
                long startAt = start + (long) ((double) user / users * TimeUnit.SECONDS.toNanos(Math.min(20, killAt / 2)));
                pool.submit(() -> {
                    sleepUntil(startAt);
                    int visit = 0;
                    while (System.nanoTime() < end) {
                        VaadinClient c = new VaadinClient(http, base, stats);
                        try {
                            if (user % 5 == 4) {
                                Scenarios.anonymousEstimate(c, think);
                                counts.estimates.incrementAndGet();
                            } else {
                                int account = (int) (((long) user + (long) visit * users) % accounts) + 1;
                                writeMessage(c, "load.receiving." + account + "@example.com", run + "-" + user + "-" + visit, think, counts);
                            }
                        } catch (VaadinClient.LoadError | IllegalStateException e) {
                            afterError(c, String.valueOf(e.getMessage()), killedNode, killNanos, counts, stats);
                        }
                        visit++;
                        think.pause();
                    }
                    return null;
                });
            }
            sleepUntil(killNanos);
            int onKilledBefore = counts.signedInOn.getOrDefault(killedNode, new AtomicInteger()).get();
            Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
            System.out.printf("  +%d s: %s (exit %d); %d sign-ins had been confirmed on %s%n", killAt, command, p.waitFor(),
                    onKilledBefore, killedNode);
            sleepUntil(end);
            pool.shutdownNow();
        }
        Thread.sleep(3000); // after-commit work of the last requests (events) on the surviving node
        Map<String, Object> after = Figures.read(run);
        report(run, users, seconds, before, after, counts, stats, killedNode);
        System.exit(0);
    }

    /** Sign in, "Write to us", a subject and the text, Send; confirmed when the conversation page says it was sent. */
    static void writeMessage(VaadinClient c, String email, String tag, Scenarios.Think think, Counts counts) {
        Scenarios.signIn(c, email, Scenarios.PASSWORD);
        counts.signIns.incrementAndGet();
        String node = c.cookie("CMNODE");
        counts.signedInOn.computeIfAbsent(node == null ? "-" : node, k -> new AtomicInteger()).incrementAndGet();
        think.pause();
        c.navigate("kill.newMessage", "messages/new");
        c.setValue("kill.field", "subject", "1");
        c.setValue("kill.field", "message-body", "kill-test " + tag + " Please call me about my case.");
        c.click("kill.send", "send-message");
        if (!c.location().startsWith("messages/") && !c.has("reply-heading")) {
            throw new VaadinClient.LoadError("kill.send: not sent (" + c.tree().textOf(c.tree().root()).strip() + ")");
        }
        counts.messages.incrementAndGet();
        think.pause();
        Scenarios.signOut(c, "kill.signOut");
    }

    /**
     * What a person sees after an error: if their session was on the killed node, the portal on the other node
     * answers that the session has expired and flow-client loads the session-expired address (sign-in?expired),
     * which must show "You have been signed out" and the sign-in form, not an error.
     */
    private static void afterError(VaadinClient c, String message, String killedNode, long killNanos, Counts counts, Stats stats) {
        int colon = message.indexOf(':');
        String label = colon > 0 ? message.substring(0, colon) : "?";
        boolean nearKill = Math.abs(System.nanoTime() - killNanos) < TimeUnit.SECONDS.toNanos(15);
        if (message.contains("answered 502") || message.contains("answered 504")) {
            // flow-client does not give up on a failed request: it shows "reconnecting" and sends again. Do the
            // same once, a second later; a session of the killed node then reaches the other node.
            counts.inFlightAtKill.incrementAndGet();
            stats.error(label, "[at the kill] " + shorten(message.substring(Math.min(message.length(), colon + 1))));
            try {
                Thread.sleep(1000);
                c.navigate("kill.resend", c.location());
                return; // the node was still there: the person carries on (this visit ends here)
            } catch (VaadinClient.LoadError e) {
                message = String.valueOf(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (message.contains("sessionExpired")) {
            counts.expired.incrementAndGet();
            try {
                c.open("kill.expiredPage", "sign-in?expired");
                String text = c.tree().textOf(c.tree().root());
                if (c.has("banner-title") && c.has("email") && text.contains("signed out")) {
                    counts.signInAgainShown.incrementAndGet();
                } else {
                    stats.error("kill.expiredPage", "no sign-in-again banner: " + text.strip());
                }
            } catch (RuntimeException e) {
                stats.error("kill.expiredPage", String.valueOf(e.getMessage()));
            }
        } else if (!message.contains("answered 502") && !message.contains("answered 504")) {
            (nearKill ? counts.inFlightAtKill : counts.otherErrors).incrementAndGet();
            stats.error(label, (nearKill ? "[at the kill] " : "") + shorten(message.substring(Math.min(message.length(), colon + 1))));
        }
    }

    static final class Counts {
        final AtomicInteger signIns = new AtomicInteger();
        final AtomicInteger messages = new AtomicInteger();
        final AtomicInteger estimates = new AtomicInteger();
        final AtomicInteger expired = new AtomicInteger();
        final AtomicInteger signInAgainShown = new AtomicInteger();
        final AtomicInteger inFlightAtKill = new AtomicInteger();
        final AtomicInteger otherErrors = new AtomicInteger();
        final Map<String, AtomicInteger> signedInOn = new ConcurrentHashMap<>();
    }

    /** Figures read from the database with plain JDBC (the driver has no access to the portal's beans). */
    static final class Figures {
        static Map<String, Object> read(String run) throws SQLException {
            String url = System.getProperty("kill.db", "jdbc:mariadb://127.0.0.1:3306/cmportal_load");
            Map<String, Object> f = new LinkedHashMap<>();
            try (Connection db = DriverManager.getConnection(url, System.getProperty("kill.dbUser", "cmportal"),
                    System.getProperty("kill.dbPassword", "cmportal")); Statement s = db.createStatement()) {
                f.put("audit entries", one(s, "SELECT COUNT(*) FROM audit_entry"));
                f.put("audit SIGNED_IN", one(s, "SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGNED_IN'"));
                f.put("audit MESSAGE_SENT", one(s, "SELECT COUNT(*) FROM audit_entry WHERE action = 'MESSAGE_SENT'"));
                f.put("messages", one(s, "SELECT COUNT(*) FROM msg_message"));
                f.put("messages of this run", one(s, "SELECT COUNT(*) FROM msg_message WHERE body LIKE 'kill-test " + run + "-%'"));
                f.put("conversations", one(s, "SELECT COUNT(*) FROM msg_conversation"));
                f.put("attachments (uploads)", one(s, "SELECT COUNT(*) FROM msg_attachment"));
                f.put("deductions", one(s, "SELECT COUNT(*) FROM deo_deduction"));
                f.put("ledger transactions", one(s, "SELECT COUNT(*) FROM ledger_transaction"));
                f.put("ledger entries", one(s, "SELECT COUNT(*) FROM ledger_entry"));
                f.put("ledger sum of entries", one(s, "SELECT COALESCE(SUM(amount), 0) FROM ledger_entry"));
                f.put("ledger sum of debits", one(s, "SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE amount > 0"));
                f.put("ledger transactions not balancing", one(s,
                        "SELECT COUNT(*) FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id HAVING SUM(amount) <> 0) t"));
                f.put("ledger transactions without entries", one(s,
                        "SELECT COUNT(*) FROM ledger_transaction t WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.transaction_id = t.id)"));
            }
            return f;
        }

        private static Object one(Statement s, String sql) throws SQLException {
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    private static void report(String run, int users, int seconds, Map<String, Object> before, Map<String, Object> after,
                               Counts counts, Stats stats, String killedNode) {
        System.out.println("==== Kill test " + run + " ====");
        System.out.printf("date %s, %d users, %d s, machine %d cores, load average %s%n", ZonedDateTime.now().withNano(0), users,
                seconds, Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf("%-36s %14s %14s %10s%n", "database", "before", "after", "change");
        before.forEach((k, v) -> {
            Object a = after.get(k);
            String change = v instanceof Number n && a instanceof Number m
                    ? new java.math.BigDecimal(m.toString()).subtract(new java.math.BigDecimal(n.toString())).toPlainString() : "";
            System.out.printf("%-36s %14s %14s %10s%n", k, v, a, change);
        });
        System.out.printf("driver: sign-ins confirmed %d (by node %s), messages confirmed %d, estimates %d%n", counts.signIns.get(),
                counts.signedInOn, counts.messages.get(), counts.estimates.get());
        System.out.printf("people of the killed node (%s) told their session ended: %d, of whom shown the sign-in page with "
                + "\"You have been signed out\": %d%n", killedNode, counts.expired.get(), counts.signInAgainShown.get());
        System.out.printf("errors: %d requests failed at the kill (502: sent to the node as it died), %d others%n", counts.inFlightAtKill.get(), counts.otherErrors.get());
        long confirmed = counts.messages.get();
        long stored = ((Number) after.get("messages of this run")).longValue();
        System.out.printf("messages: %d confirmed, %d stored: %s%n", confirmed, stored, stored >= confirmed
                ? "nothing confirmed was lost" + (stored > confirmed ? " (" + (stored - confirmed) + " committed whose answer was lost in the kill)" : "")
                : "LOST " + (confirmed - stored));
        long signIns = ((Number) after.get("audit SIGNED_IN")).longValue() - ((Number) before.get("audit SIGNED_IN")).longValue();
        System.out.printf("sign-ins: %d confirmed, %d audited: %s%n", counts.signIns.get(), signIns,
                signIns >= counts.signIns.get() ? "none lost" : "LOST " + (counts.signIns.get() - signIns));
        System.out.printf("ledger: %s transactions not balancing after the run%n", after.get("ledger transactions not balancing"));
        System.out.print(stats.table());
        System.out.println("==== end ====");
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String shorten(String s) {
        s = s.strip();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
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
