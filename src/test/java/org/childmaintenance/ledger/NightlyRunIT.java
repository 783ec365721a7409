package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.ledger.LedgerViews.LineStatus;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The nightly run against a moving clock: each day's work happens once, however often the day is run. */
@PortalTest
@RecordApplicationEvents
class NightlyRunIT {
    @Autowired LedgerService ledger;
    @Autowired LedgerQueries queries;
    @Autowired LedgerFixture fixture;
    @Autowired NightlyRun nightly;
    @Autowired LedgerStore store;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void running_a_day_twice_posts_nothing_twice_and_missed_payments_get_one_notice_the_night_after() {
        LocalDate due = LocalDate.of(2032, 3, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 3, "100.00");

        NightlyRun.Result first = fixture.nightOf(due);
        assertThat(first.duePosted()).isGreaterThanOrEqualTo(1);
        int txAfterFirst = transactions(c);
        assertThat(txAfterFirst).isEqualTo(1);
        NightlyRun.Result again = fixture.nightOf(due);
        assertThat(again.duePosted()).isZero();
        assertThat(again.passedOn()).isZero();
        assertThat(again.notices()).isZero();
        assertThat(transactions(c)).isEqualTo(txAfterFirst);

        LedgerFixture.signIn(fixture.caseworker());
        ledger.postPayment(c.reference(), due, new BigDecimal("50.00"), "NIGHT-" + c.caseId());
        NightlyRun.Result nextNight = fixture.nightOf(due.plusDays(1));
        assertThat(nextNight.notices()).isGreaterThanOrEqualTo(2);
        assertThat(fixture.nightOf(due.plusDays(1)).notices()).isZero();
        assertThat(fixture.nightOf(due.plusDays(2)).notices()).isZero();
        assertThat(jdbc.queryForList("SELECT recipient_account_id FROM ledger_notice WHERE case_id = ? AND kind = 'MISSED'",
                Long.class, c.caseId())).containsExactlyInAnyOrder(c.paying().accountId(), c.receiving().accountId());
        assertThat(jdbc.queryForObject("SELECT amount FROM ledger_notice WHERE case_id = ? AND recipient_account_id = ?",
                BigDecimal.class, c.caseId(), c.paying().accountId())).isEqualByComparingTo("50.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_notice WHERE case_id = ? AND mailed_at IS NULL",
                Integer.class, c.caseId())).as("every notice announced").isZero();
        // announced once for the instalment (the notices feature tells both parents); no e-mail with the amount
        assertThat(events.stream(LedgerEvents.CollectionsMissed.class).flatMap(e -> e.instalments().stream())
                .filter(e -> e.caseId() == c.caseId()))
                .singleElement().satisfies(e -> assertThat(e.dueDate()).isEqualTo(due));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbound_mail WHERE recipient IN (?, ?)", Integer.class,
                c.paying().email(), c.receiving().email())).isZero();

        // passed on once the payment has cleared (two days), once only
        assertThat(passedOn(c)).isEqualTo(1);
        fixture.nightOf(due.plusDays(3));
        assertThat(passedOn(c)).isEqualTo(1);

        fixture.setToday(due.plusDays(10));
        LedgerFixture.signIn(c.paying());
        LedgerViews.CasePayments view = queries.casePayments(c.caseId());
        assertThat(view.arrears()).isEqualByComparingTo("50.00");
        assertThat(view.oldestArrearsDays()).isEqualTo(10);
        assertThat(view.rows()).extracting(LedgerViews.ScheduleRow::status)
                .containsExactly(LineStatus.PART_PAID, LineStatus.SCHEDULED, LineStatus.SCHEDULED);
        assertThat(view.notices()).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("MISSED"));

        fixture.nightOf(due.plusMonths(2));
        assertThat(transactions(c)).as("three due lines, one payment, one pass-on").isEqualTo(5);
    }

    @Test
    void several_workers_in_small_ranges_post_each_due_line_once_and_every_posting_balances() {
        LocalDate due = LocalDate.of(2033, 6, 1);
        List<TestCase> cases = IntStream.range(0, 25).mapToObj(i -> fixture.newCase(
                i % 2 == 0 ? ServiceType.DIRECT_PAY : ServiceType.COLLECT_AND_PAY, due, 2, "30.00")).toList();
        Map<Long, Long> versions = new HashMap<>();
        cases.forEach(c -> versions.put(c.caseId(), version(c)));
        // ranges of three lines, four workers: nine ranges for these 25 lines (and any other test's lines due before)
        DuePosting small = new DuePosting(jdbc, store, transactions, clock, 3, 4);

        DuePosting.Posted posted = LedgerFixture.asSystem(() -> small.postDue(due));

        assertThat(posted.lines()).isGreaterThanOrEqualTo(25);
        assertThat(posted.fees()).isGreaterThanOrEqualTo(12);
        for (TestCase c : cases) {
            assertThat(transactions(c)).as("one posting for the line due %s on %s", due, c.reference()).isEqualTo(1);
            assertThat(version(c)).as("the case's turn taken once").isEqualTo(versions.get(c.caseId()) + 1);
            assertThat(jdbc.queryForList("SELECT status FROM ledger_obligation WHERE case_id = ? ORDER BY due_date",
                    String.class, c.caseId())).containsExactly("POSTED", "SCHEDULED");
            assertThat(jdbc.queryForList("SELECT transaction_id FROM ledger_entry WHERE case_id = ? GROUP BY transaction_id "
                    + "HAVING SUM(amount) <> 0", Long.class, c.caseId())).as("unbalanced transactions").isEmpty();
        }
        assertThat(LedgerFixture.asSystem(() -> small.postDue(due))).as("nothing left to post").isEqualTo(DuePosting.Posted.NONE);
    }

    @Test
    void the_database_refuses_a_second_posting_of_the_same_obligation() {
        LocalDate due = LocalDate.of(2032, 4, 1);
        TestCase c = fixture.newCase(ServiceType.DIRECT_PAY, due, 1, "10.00");
        fixture.nightOf(due);
        long obligation = jdbc.queryForObject("SELECT id FROM ledger_obligation WHERE case_id = ?", Long.class, c.caseId());
        assertThatThrownBy(() -> store.insert(List.of(new LedgerStore.NewTx(c.caseId(),
                PostingRules.maintenanceDue(obligation, due, new BigDecimal("10.00"), ServiceType.DIRECT_PAY), null)),
                clock.instant())).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void the_scheduled_job_takes_the_cluster_lock() {
        fixture.setToday(LocalDate.of(2032, 5, 1));
        LedgerFixture.asSystem(() -> {
            nightly.scheduled();
            return null;
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'ledger-nightly-run'", Integer.class))
                .isEqualTo(1);
    }

    private long version(TestCase c) {
        return jdbc.queryForObject("SELECT version FROM ledger_case WHERE case_id = ?", Long.class, c.caseId());
    }

    private int transactions(TestCase c) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_transaction WHERE case_id = ?", Integer.class, c.caseId());
    }

    private int passedOn(TestCase c) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_transaction WHERE case_id = ? AND type = 'PASSED_ON'",
                Integer.class, c.caseId());
    }
}
