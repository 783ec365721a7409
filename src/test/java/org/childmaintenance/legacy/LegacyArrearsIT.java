package org.childmaintenance.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.ledger.LedgerViews;
import org.childmaintenance.ledger.LegacyArrearsLedger;
import org.childmaintenance.ledger.TxType;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Old-scheme arrears move into the ledger when the old case ends: a separate account on the new-scheme
 * case between the same parents, balanced, shown apart from new-scheme arrears to both parents, paid
 * after ongoing maintenance, and on casework's report; with no such case yet they wait for one.
 */
@PortalTest
class LegacyArrearsIT {
    @Autowired LegacyImport imports;
    @Autowired ClosureProgramme programme;
    @Autowired ClosureNotices job;
    @Autowired LegacyCases legacyCases;
    @Autowired LegacyArrearsLedger legacyLedger;
    @Autowired LedgerService ledger;
    @Autowired LedgerQueries queries;
    @Autowired LedgerFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** An old-scheme case between the two parents with {@code arrears}, found online by both, that ended yesterday. */
    private String endedWithArrears(PortalUser paying, PortalUser receiving, String arrears) {
        String reference = LegacyRows.reference();
        LedgerFixture.signIn(fixture.caseworker());
        assertThat(imports.importCases("a.csv", LegacyRows.file(LegacyRows.paying(reference, paying.email(), receiving.email(),
                "40.00", arrears))).imported()).isTrue();
        LedgerFixture.signIn(paying);
        legacyCases.mine();
        LedgerFixture.signIn(receiving);
        legacyCases.mine();
        SecurityContextHolder.clearContext();
        programme.setEndDateAsSystem(reference, LocalDate.now(clock).minusDays(1));
        return reference;
    }

    private String movedTo(String reference) {
        return jdbc.queryForObject("SELECT arrears_case_reference FROM legacy_case WHERE legacy_reference = ?", String.class,
                reference);
    }

    @Test
    void arrears_move_in_balanced_are_shown_apart_and_are_paid_after_ongoing_maintenance() {
        LocalDate today = LocalDate.now(clock);
        PortalUser paying = fixture.newParent("Pat Payer");
        PortalUser receiving = fixture.newParent("Rae Receiver");
        LedgerFixture.TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, today, 2, "100.00", paying, receiving);
        fixture.nightOf(today);
        clock.reset();
        String reference = endedWithArrears(paying, receiving, "500.00");

        job.run();
        job.run();
        assertThat(movedTo(reference)).isEqualTo(c.reference());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_transaction WHERE case_id = ? AND type = ?", Long.class,
                c.caseId(), TxType.LEGACY_ARREARS_MOVED_IN.name())).as("moved in once").isOne();
        assertThat(jdbc.queryForList("SELECT transaction_id FROM ledger_entry WHERE case_id = ? GROUP BY transaction_id "
                + "HAVING SUM(amount) <> 0", Long.class, c.caseId())).as("every transaction balances").isEmpty();

        LedgerFixture.signIn(paying);
        LedgerViews.CasePayments before = queries.casePayments(c.caseId());
        assertThat(before.arrears()).as("new-scheme arrears are not mixed with old-scheme ones").isZero();
        assertThat(legacyLedger.onCase(c.caseId())).hasValueSatisfying(a -> {
            assertThat(a.legacyReferences()).containsExactly(reference);
            assertThat(a.movedIn()).isEqualByComparingTo("500.00");
            assertThat(a.outstanding()).isEqualByComparingTo("500.00");
        });
        LedgerFixture.signIn(receiving);
        assertThat(legacyLedger.onCase(c.caseId())).as("the receiving parent sees them too")
                .hasValueSatisfying(a -> assertThat(a.outstanding()).isEqualByComparingTo("500.00"));

        // £170 in: the £100 due now first, then £70 of the old-scheme arrears; the £20 collection fee waits.
        LedgerFixture.signIn(fixture.caseworker());
        ledger.postPayment(c.reference(), today, new BigDecimal("170.00"), "LEG-" + UUID.randomUUID().toString().substring(0, 8));
        LedgerFixture.signIn(paying);
        LedgerViews.CasePayments after = queries.casePayments(c.caseId());
        assertThat(after.totalPaid()).isEqualByComparingTo("100.00");
        assertThat(after.arrears()).isZero();
        assertThat(after.fees().collectionFeesOutstanding()).isEqualByComparingTo("20.00");
        assertThat(legacyLedger.onCase(c.caseId())).hasValueSatisfying(a -> {
            assertThat(a.paid()).isEqualByComparingTo("70.00");
            assertThat(a.outstanding()).isEqualByComparingTo("430.00");
        });
        assertThat(queries.statement(c.caseId(), today.minusDays(5), today.plusDays(1)).lines())
                .extracting(LedgerViews.StatementLine::type).contains(TxType.LEGACY_ARREARS_MOVED_IN);

        LedgerFixture.signIn(fixture.caseworker());
        assertThat(legacyLedger.report()).filteredOn(r -> r.caseId() == c.caseId()).singleElement().satisfies(r -> {
            assertThat(r.legacyReferences()).containsExactly(reference);
            assertThat(r.movedIn()).isEqualByComparingTo("500.00");
            assertThat(r.paid()).isEqualByComparingTo("70.00");
            assertThat(r.outstanding()).isEqualByComparingTo("430.00");
        });
    }

    @Test
    void with_no_new_scheme_case_between_the_parents_the_arrears_wait_for_one() {
        PortalUser paying = fixture.newParent("Pat Waiting");
        PortalUser receiving = fixture.newParent("Rae Waiting");
        String reference = endedWithArrears(paying, receiving, "75.50");
        job.run();
        assertThat(movedTo(reference)).isNull();
        LedgerFixture.signIn(fixture.caseworker());
        assertThat(programme.arrearsWaiting()).extracting(LegacyViews.CaseLine::legacyReference).contains(reference);

        SecurityContextHolder.clearContext();
        LedgerFixture.TestCase c = fixture.newCase(ServiceType.DIRECT_PAY, LocalDate.now(clock).plusDays(10), 1, "40.00",
                paying, receiving);
        clock.reset();
        job.run();
        assertThat(movedTo(reference)).isEqualTo(c.reference());
        LedgerFixture.signIn(fixture.caseworker());
        assertThat(programme.arrearsWaiting()).extracting(LegacyViews.CaseLine::legacyReference).doesNotContain(reference);
    }
}
