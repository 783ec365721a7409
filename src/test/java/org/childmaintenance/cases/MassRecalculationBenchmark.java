package org.childmaintenance.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mass recalculation over N cases on MariaDB (BENCHMARKS.md "Mass recalculation"); never part of the test run
 * (Surefire skips *Benchmark*). Makes N copies of a decided case (once; {@link RecalculationBenchCases}), then runs
 * (or resumes) the recalculation {@code bench.run} and prints cases/s:
 * <pre>
 * TEST_DB_NAME=cmportal_test_load2 ./mvnw -B -q test -Dtest=MassRecalculationBenchmark -Dbench.cases=100000 \
 *   -Dbench.run=rules-1 -Dbench.chunk=2500 -Dbench.workers=1 -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Each test JVM starts on a new, empty test database (support/TestDatabase), so a second run does not resume the
 * first: to see a resume after a kill, use the jar with {@code --portal.cases.recalculate-all} (README).
 */
@PortalTest
@EnabledIfSystemProperty(named = "bench.cases", matches = "\\d+", disabledReason = "on demand: -Dbench.cases=N")
class MassRecalculationBenchmark {
    @Autowired JdbcTemplate jdbc;
    @Autowired MassRecalculation recalculation;
    @Autowired MutableClock clock;

    @Test
    void recalculate_all_cases() {
        int n = Integer.getInteger("bench.cases");
        String run = System.getProperty("bench.run", "bench-" + n);
        int chunk = Integer.getInteger("bench.chunk", 2500);
        int workers = Integer.getInteger("bench.workers", 1);
        long seeding = System.nanoTime();
        new RecalculationBenchCases(jdbc, n).run(null);
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        LocalDate from = LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).withDayOfMonth(1).plusMonths(1);
        int active = jdbc.queryForObject("SELECT COUNT(*) FROM cm_case WHERE status = 'ACTIVE'", Integer.class);
        int doneBefore = jdbc.queryForObject("SELECT COUNT(*) FROM cm_recalculation WHERE run_name = ?", Integer.class, run);
        long obligationsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_obligation", Long.class);

        MassRecalculation.Result r = recalculation.run(run, from, "benchmark", chunk, workers);

        long obligationsAfter = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_obligation", Long.class);
        System.out.println("==== Mass recalculation ====");
        System.out.printf("finished %s, machine %d cores, load average %s%n", ZonedDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf("copies wanted %d (made or checked in %.1f s), active cases %d, already done in run %s: %d%n", n,
                seedSeconds, active, run, doneBefore);
        System.out.printf("this run: %d cases in %.1f s = %.1f cases/s (chunk %d, %d workers), %d sent to the ledger again after a stop%n",
                r.cases(), r.elapsed().toNanos() / 1e9, r.perSecond(), chunk, workers, r.resentToLedger());
        System.out.println("phases: " + r.phases());
        System.out.printf("ledger obligations %d -> %d (+%d)%n", obligationsBefore, obligationsAfter, obligationsAfter - obligationsBefore);
        System.out.println("==== end ====");
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
