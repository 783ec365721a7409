package org.childmaintenance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.documents.DocumentService;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.DeductionService;
import org.childmaintenance.employer.EmployerFixture;
import org.childmaintenance.employer.OrderStatus;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.notices.Notify;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The ladder's first step waits for the pre-enforcement warning (LC-12.2), a DEO is issued to the employer
 * in the same step, and no arrears are taken from benefit while the flat rate is owed (LC-12.4).
 */
@PortalTest
class EnforcementStepsIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired EnforcementActions enforcement;
    @Autowired EnforcementWarnings warnings;
    @Autowired LedgerApprovals approvals;
    @Autowired LedgerQueries ledger;
    @Autowired DocumentService documents;
    @Autowired Notify notify;
    @Autowired DeductionOrderService orders;
    @Autowired DeductionService deductions;
    @Autowired EmployerFixture employers;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private CaseFixtures.Linked decided(String yearlyIncome) {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Step", LocalDate.now(clock).minusYears(7))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed(yearlyIncome, IncomeFrequency.YEARLY,
                PaymentFrequency.MONTHLY, fx.nights(c.caseId())));
        fx.signInCaseworker();
        return c;
    }

    /** £120.00 owed from today that is not paid: from tomorrow it is a missed payment under Collect and Pay. */
    private CaseFixtures.Linked inArrears() {
        CaseFixtures.Linked c = decided("26000");
        approvals.request(c.caseId(), new LedgerApprovals.Request("ADJUSTMENT", "120.00", "INCREASE", null,
                "Arrears carried over from a private arrangement"));
        clock.advance(Duration.ofDays(1));
        assertThat(ledger.casePayments(c.caseId()).arrears()).isEqualByComparingTo("120.00");
        return c;
    }

    private static List<String> messages(Throwable e) {
        return ((UserFacingException) e).fieldErrors().stream().map(FieldError::message).toList();
    }

    private EnforcementActions.Step liabilityOrder(String override) {
        return new EnforcementActions.Step(EnforcementKind.LIABILITY_ORDER, null, "Arrears unpaid", override, null);
    }

    @Test
    void the_first_step_after_a_missed_payment_waits_until_the_warning_letters_date_has_passed() throws IOException {
        CaseFixtures.Linked c = inArrears();
        assertThat(warnings.gate(c.caseId()).state()).isEqualTo(EnforcementWarnings.State.WARN_FIRST);
        assertThatThrownBy(() -> enforcement.take(c.caseId(), liabilityOrder(null)))
                .satisfies(e -> assertThat(messages(e)).containsExactly("desk.error.warnFirst"));

        warnings.send(c.caseId());
        LocalDate sent = LocalDate.now(clock);
        assertThatThrownBy(() -> warnings.send(c.caseId())).hasMessage("desk.error.warningAlreadySent");
        EnforcementWarnings.WarningView w = warnings.ofCase(c.caseId()).getFirst();
        assertThat(w.amount()).isEqualByComparingTo("120.00");
        assertThat(w.payBy()).isEqualTo(sent.plusDays(7));
        assertThatThrownBy(() -> enforcement.take(c.caseId(), liabilityOrder(" ")))
                .satisfies(e -> assertThat(messages(e)).containsExactly("desk.error.warningDateNotPassed"));

        // The paying parent has the letter in their Documents and a notice; the receiving parent neither.
        fx.signIn(c.payingEmail());
        DocumentService.DocumentItem letter = documents.documents(c.caseId()).stream()
                .filter(d -> d.source().equals("enforcement-warnings")).findFirst().orElseThrow();
        assertThat(letter.title()).startsWith("Warning about missed payments");
        try (PDDocument pdf = Loader.loadPDF(documents.open(c.caseId(), letter.source(), letter.key()).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(c.reference(), "£120.00",
                    org.childmaintenance.base.DisplayFormats.date(sent.plusDays(7)), "£50");
        }
        assertThat(notify.myNotifications(5)).extracting(Notify.NotificationView::messageKey)
                .contains("enforcement.warning.notify");
        fx.signIn(c.receivingEmail());
        assertThat(documents.documents(c.caseId())).noneMatch(d -> d.source().equals("enforcement-warnings"));
        assertThat(notify.myNotifications(5)).extracting(Notify.NotificationView::messageKey)
                .doesNotContain("enforcement.warning.notify");

        // Nothing was taken while refused; on the pay-by date itself it is still too early; the day after, it may.
        fx.signInCaseworker();
        assertThat(enforcement.ofCase(c.caseId())).isEmpty();
        clock.advance(Duration.ofDays(7));
        assertThat(warnings.gate(c.caseId()).state()).isEqualTo(EnforcementWarnings.State.WAITING);
        assertThatThrownBy(() -> enforcement.take(c.caseId(), liabilityOrder(null))).isInstanceOf(UserFacingException.class);
        clock.advance(Duration.ofDays(1));
        assertThat(warnings.gate(c.caseId()).state()).isEqualTo(EnforcementWarnings.State.DATE_PASSED);
        long first = enforcement.take(c.caseId(), liabilityOrder(null));
        assertThat(enforcement.ofCase(c.caseId()).getFirst().warningOverride()).isNull();

        // The ladder is now under way for these arrears: the next step needs no new warning.
        enforcement.end(first, "Order granted; next step");
        assertThat(warnings.gate(c.caseId()).state()).isEqualTo(EnforcementWarnings.State.UNDER_WAY);
        enforcement.take(c.caseId(), new EnforcementActions.Step(EnforcementKind.LSDO, "100.00", "Lump sum", null, null));
    }

    @Test
    void a_caseworker_may_act_before_the_warnings_date_with_a_reason_that_is_kept_and_audited() {
        CaseFixtures.Linked c = inArrears();
        warnings.send(c.caseId());
        enforcement.take(c.caseId(), liabilityOrder("The paying parent told us he will not pay"));
        assertThat(enforcement.ofCase(c.caseId()).getFirst().warningOverride())
                .isEqualTo("The paying parent told us he will not pay");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CASEWORK_ENFORCEMENT_WARNING_OVERRIDDEN'"
                + " and subject_id = ?", Integer.class, Long.toString(c.caseId()))).isEqualTo(1);
    }

    @Test
    void no_payment_missed_needs_no_warning_and_a_warning_is_refused() {
        CaseFixtures.Linked c = decided("26000");
        assertThat(warnings.gate(c.caseId()).state()).isEqualTo(EnforcementWarnings.State.NO_ARREARS);
        assertThatThrownBy(() -> warnings.send(c.caseId())).hasMessage("desk.error.warningNoArrears");
        assertThat(warnings.ofCase(c.caseId())).isEmpty();
    }

    @Test
    void a_deo_step_issues_the_order_to_the_employer_who_sees_it_with_the_charge_and_the_parents_see_their_part() {
        CaseFixtures.Linked c = decided("26000");
        EmployerFixture.Org org = employers.newOrganisation();
        fx.signInCaseworker();
        // Everything missing is said at once, and nothing is issued, taken or charged.
        assertThatThrownBy(() -> enforcement.take(c.caseId(), new EnforcementActions.Step(EnforcementKind.DEO, null, "",
                null, new EnforcementActions.DeoDetails(null, " ", null, null, null))))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldErrors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("deo-employer", "deo-payroll", "deo-frequency", "deo-start",
                                "enforcement-reason"));
        // The employer feature's own refusals name the case page's fields.
        assertThatThrownBy(() -> enforcement.take(c.caseId(), step(org.id(), "PR-1", LocalDate.now(clock).minusDays(1))))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldErrors())
                        .containsExactly(new FieldError("deo-start", "employer.issue.error.startPast")));
        assertThat(enforcement.ofCase(c.caseId())).isEmpty();
        assertThat(ledger.casePayments(c.caseId()).fees().chargesCharged()).isEqualByComparingTo("0.00");

        long action = enforcement.take(c.caseId(), step(org.id(), "PR-1", LocalDate.now(clock)));
        EnforcementActions.ActionView a = enforcement.ofCase(c.caseId()).getFirst();
        assertThat(a.employerName()).isEqualTo(org.name());
        assertThat(a.charge()).isEqualByComparingTo("50.00");
        assertThat(ledger.casePayments(c.caseId()).fees().chargesCharged()).isEqualByComparingTo("50.00");

        LedgerFixture.signIn(org.admin());
        assertThat(orders.myOrders()).singleElement().satisfies(o -> {
            assertThat(o.caseReference()).isEqualTo(c.reference());
            assertThat(o.payrollNumber()).isEqualTo("PR-1");
            assertThat(o.status()).isEqualTo(OrderStatus.ACTIVE);
        });
        fx.signIn(c.payingEmail());
        assertThat(deductions.ordersOnMyCase(c.caseId())).singleElement()
                .satisfies(o -> assertThat(o.employerName()).isEqualTo(org.name()));
        assertThat(enforcement.forParent(c.caseId()).actions()).singleElement().satisfies(v -> {
            assertThat(v.employerName()).isEqualTo(org.name());
            assertThat(v.charge()).isEqualByComparingTo("50.00");
        });
        fx.signIn(c.receivingEmail());
        EnforcementActions.ParentView receiving = enforcement.forParent(c.caseId());
        assertThat(receiving.actions()).isEmpty();
        assertThat(receiving.actionUnderWay()).isTrue();

        // Withdrawn as made in error: the order is discharged and the charge reversed.
        fx.signInCaseworker();
        enforcement.withdrawInError(action, "Wrong employer");
        assertThat(ledger.casePayments(c.caseId()).fees().chargesOutstanding()).isEqualByComparingTo("0.00");
        LedgerFixture.signIn(org.admin());
        assertThat(orders.myOrders().getFirst().status()).isEqualTo(OrderStatus.DISCHARGED);
    }

    @Test
    void no_deduction_from_benefit_while_the_paying_parent_is_liable_for_flat_rate_maintenance() {
        CaseFixtures.Linked flat = decided("4000");
        assertThatThrownBy(() -> enforcement.take(flat.caseId(), EnforcementKind.BENEFIT, null, "Arrears from benefit"))
                .satisfies(e -> assertThat(messages(e)).containsExactly("desk.error.benefitFlatRate"));
        assertThat(enforcement.ofCase(flat.caseId())).isEmpty();

        CaseFixtures.Linked basic = decided("26000");
        enforcement.take(basic.caseId(), EnforcementKind.BENEFIT, null, "Arrears from benefit");
        assertThat(enforcement.ofCase(basic.caseId()).getFirst().weeklyAmount()).isEqualByComparingTo("8.40");
    }

    private EnforcementActions.Step step(long employer, String payroll, LocalDate start) {
        return new EnforcementActions.Step(EnforcementKind.DEO, null, "Arrears unpaid; employer known", null,
                new EnforcementActions.DeoDetails(employer, payroll, PayFrequency.MONTHLY, start, null));
    }
}
