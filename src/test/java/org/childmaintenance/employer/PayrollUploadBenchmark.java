package org.childmaintenance.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.employer.EmployerFixture.Org;
import org.childmaintenance.employer.PayrollUploadService.ApplyMode;
import org.childmaintenance.employer.PayrollUploadService.UploadReport;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times checking and applying a pay run of N rows (one per employee, N orders) on MariaDB and
 * prints rows per second. Not part of the test suite (Surefire excludes *Benchmark*; it runs only
 * when {@code bench.employer} is set). Command (BENCHMARKS-employer.md):
 * {@code TEST_DB_NAME=cmportal_test_employer ./mvnw -B test -Dtest=PayrollUploadBenchmark -Dbench.employer=50000}
 */
@EnabledIfSystemProperty(named = "bench.employer", matches = "\\d+",
        disabledReason = "a benchmark: run it on its own with -Dbench.employer=N (BENCHMARKS-employer.md)")
@PortalTest
class PayrollUploadBenchmark {
    @Autowired EmployerFixture fixture;
    @Autowired LedgerFixture ledgerFixture;
    @Autowired PayrollUploadService uploads;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void check_and_apply_a_pay_run() {
        int n = Integer.parseInt(System.getProperty("bench.employer"));
        ledgerFixture.setToday(LocalDate.of(2031, 3, 10));
        Org org = fixture.newOrganisation();
        long seedStart = System.nanoTime();
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {org.id(), 7_000_000_000L + i, "B" + i, "Employee " + i, "P" + i});
        }
        jdbc.batchUpdate("insert into deo_order (organisation_id, case_id, case_reference, employee_name, payroll_number,"
                + " pay_frequency, effective_date, served_on, rate_monthly, rate_weekly, rate_two_weekly, rate_four_weekly,"
                + " status, created_at, version) values (?, ?, ?, ?, ?, 'MONTHLY', '2031-01-02', '2031-01-02', 150.02,"
                + " 34.62, 69.24, 138.48, 'ACTIVE', current_timestamp, 0)", rows);
        System.out.printf("seeded %d orders in %.1f s%n", n, (System.nanoTime() - seedStart) / 1e9);

        StringBuilder csv = new StringBuilder(PayrollUploadService.HEADER).append('\n');
        for (int i = 0; i < n; i++) {
            csv.append('P').append(i).append(",2031-02-27,").append(i % 10 == 0 ? "300.00,120.00" : "1200.00,150.02")
                    .append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        LedgerFixture.signIn(org.payroll());

        long t0 = System.nanoTime();
        UploadReport checked = uploads.check(file);
        long t1 = System.nanoTime();
        UploadReport applied = uploads.apply(file, ApplyMode.ALL_OR_NOTHING);
        long t2 = System.nanoTime();
        assertThat(checked.valid()).isEqualTo(n);
        assertThat(applied.appliedRows()).isEqualTo(n);
        assertThat(jdbc.queryForObject("select count(*) from deo_deduction where organisation_id = ?", Integer.class,
                org.id())).isEqualTo(n);
        double check = (t1 - t0) / 1e9;
        double apply = (t2 - t1) / 1e9;
        System.out.printf("BENCHMARK payroll upload: %d rows (%.1f MB); check %.2f s (%.0f rows/s); check and apply "
                        + "%.2f s (%.0f rows/s); total %.2f s%n", n, file.length / 1e6, check, n / check, apply, n / apply,
                check + apply);
    }
}
