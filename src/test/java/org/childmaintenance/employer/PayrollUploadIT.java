package org.childmaintenance.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.employer.EmployerFixture.Org;
import org.childmaintenance.employer.PayrollUploadService.ApplyMode;
import org.childmaintenance.employer.PayrollUploadService.UploadReport;
import org.childmaintenance.employer.PayrollUploadService.UploadRow;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** A 5,000-row pay run: each row checked, nothing applied until confirmed, then all valid rows or none. */
@PortalTest
class PayrollUploadIT {
    static final LocalDate SERVED = LocalDate.of(2031, 1, 2);
    @Autowired EmployerFixture fixture;
    @Autowired LedgerFixture ledgerFixture;
    @Autowired PayrollUploadService uploads;
    @Autowired DeductionService deductions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void today() {
        ledgerFixture.setToday(LocalDate.of(2031, 3, 10));
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private int rowsOf(Org org) {
        return jdbc.queryForObject("select count(*) from deo_deduction where organisation_id = ?", Integer.class, org.id());
    }

    /** 1,000 weekly employees × 5 pay days, with 5 rows spoilt in different ways. */
    private static byte[] payRun() {
        StringBuilder csv = new StringBuilder(PayrollUploadService.HEADER).append('\n');
        LocalDate[] days = {LocalDate.of(2031, 1, 9), LocalDate.of(2031, 1, 16), LocalDate.of(2031, 1, 23),
                LocalDate.of(2031, 1, 30), LocalDate.of(2031, 2, 6)};
        int n = 0;
        for (int e = 0; e < 1000; e++) {
            for (LocalDate d : days) {
                n++;
                String row = switch (n) {
                    case 10 -> "NOBODY," + d + ",500.00,34.62";
                    case 20 -> "E" + e + "," + d + ",5OO.00,34.62";
                    case 30 -> "E" + e + "," + d + ",50.00,34.62"; // 40% of 50 is 20
                    case 40 -> "E" + e + ",2030-12-24,500.00,34.62";
                    case 50 -> "E" + e + "," + d + ",500.00,40.00"; // more than the rate
                    default -> "E" + e + "," + d + ",500.00,34.62";
                };
                csv.append(row).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void five_thousand_rows_are_checked_and_applied_all_valid_rows_or_none() {
        Org org = fixture.newOrganisation();
        for (int e = 0; e < 1000; e++) {
            fixture.order(org, 8_000_000_000L + e, "U" + e, null, "Employee " + e, "E" + e, PayFrequency.WEEKLY,
                    SERVED, "34.62");
        }
        byte[] file = payRun();
        LedgerFixture.signIn(org.payroll());

        UploadReport checked = uploads.check(file);
        assertThat(checked.rows()).hasSize(5000);
        assertThat(checked.valid()).isEqualTo(4995);
        assertThat(checked.rejected()).isEqualTo(5);
        assertThat(checked.rows().stream().filter(r -> !r.valid()).map(r -> r.line() + " " + r.reasonKey()))
                .containsExactly("11 employer.upload.reason.unknownPayroll", "21 employer.upload.reason.net",
                        "31 employer.upload.reason.aboveProtected", "41 employer.upload.reason.beforeOrder",
                        "51 employer.upload.reason.aboveRate");
        assertThat(checked.applied()).isFalse();
        assertThat(rowsOf(org)).as("checking applies nothing").isZero();

        UploadReport none = uploads.apply(file, ApplyMode.ALL_OR_NOTHING);
        assertThat(none.applied()).isFalse();
        assertThat(rowsOf(org)).as("all or nothing: a wrong row stops the file").isZero();

        UploadReport applied = uploads.apply(file, ApplyMode.VALID_ROWS);
        assertThat(applied.applied()).isTrue();
        assertThat(applied.appliedRows()).isEqualTo(4995);
        assertThat(rowsOf(org)).isEqualTo(4995);
        assertThat(deductions.month(YearMonth.of(2031, 2)).deductions()).as("every spoilt row was a February one").hasSize(995);

        UploadReport again = uploads.check(file);
        assertThat(again.valid()).as("the same file again records nothing twice").isZero();
        assertThat(again.rows()).filteredOn(r -> r.line() == 2).extracting(UploadRow::reasonKey)
                .containsExactly("employer.upload.reason.recorded");
    }

    @Test
    void a_file_without_errors_applies_all_or_nothing_and_a_wrong_header_or_an_unknown_employee_is_reported() {
        Org org = fixture.newOrganisation();
        fixture.order(org, 8_100_000_000L, "V1", null, "Val Ent", "V1", PayFrequency.MONTHLY, SERVED, "34.62");
        Org other = fixture.newOrganisation();
        fixture.order(other, 8_100_000_001L, "V2", null, "Other Org", "OTHER", PayFrequency.MONTHLY, SERVED, "34.62");
        LedgerFixture.signIn(org.payroll());
        assertThatThrownBy(() -> uploads.check("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("employer.upload.error.header");
        assertThatThrownBy(() -> uploads.check((PayrollUploadService.HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserFacingException.class).hasMessage("employer.upload.error.empty");
        byte[] tooBig = new byte[PayrollUploadService.MAX_BYTES + 1];
        assertThatThrownBy(() -> uploads.check(tooBig)).hasMessage("employer.upload.error.tooBig");

        byte[] file = (PayrollUploadService.HEADER + "\nV1,2031-02-27,1200.00,150.02\nV1,2031-01-30,200.00,80.00\n"
                + "OTHER,2031-02-27,1200.00,150.02\n").getBytes(StandardCharsets.UTF_8);
        UploadReport r = uploads.check(file);
        assertThat(r.rows()).extracting(UploadRow::reasonKey)
                .containsExactly(null, null, "employer.upload.reason.unknownPayroll");
        byte[] good = (PayrollUploadService.HEADER + "\nV1,2031-02-27,1200.00,150.02\nV1,2031-01-30,200.00,80.00\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(uploads.apply(good, ApplyMode.ALL_OR_NOTHING).appliedRows()).isEqualTo(2);
        var jan = deductions.month(YearMonth.of(2031, 1)).deductions().getFirst();
        assertThat(jan.shortfall()).isEqualByComparingTo("70.02");
        assertThat(jan.shortfallReason()).isEqualTo(DeductionRules.ShortfallReason.PROTECTED_EARNINGS);
    }
}
