package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The mass recalculation (BENCHMARKS.md "Mass recalculation"): every active case once, resumable, ledger included. */
@PortalTest
class MassRecalculationIT {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired MassRecalculation recalculation;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void every_active_case_gets_one_new_decision_schedule_and_obligations_and_a_second_run_does_nothing_twice() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Rae", today.minusYears(6))), ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        SecurityContextHolder.clearContext();
        String run = "it-" + System.nanoTime();
        LocalDate from = today.withDayOfMonth(1).plusMonths(2);
        int decisionsBefore = count("SELECT COUNT(*) FROM cm_decision WHERE case_id = ?", c.caseId());
        int active = count("SELECT COUNT(*) FROM cm_case WHERE status = 'ACTIVE' AND id > ?", 0L);

        MassRecalculation.Result first = recalculation.run(run, from, "rules changed", 7, 3);

        assertThat(first.cases()).isEqualTo(active);
        assertThat(count("SELECT COUNT(*) FROM cm_decision WHERE case_id = ?", c.caseId())).isEqualTo(decisionsBefore + 1);
        assertThat(count("SELECT COUNT(*) FROM cm_decision WHERE case_id = ? AND kind = 'CHANGE' AND effective_date = ?",
                c.caseId(), from)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM cm_recalculation WHERE run_name = ? AND ledger_applied = 0", run)).isZero();
        // the ledger follows the new schedule: its obligations from the date are the new decision's instalments
        long newDecision = jdbc.queryForObject("SELECT decision_id FROM cm_recalculation WHERE run_name = ? AND case_id = ?",
                Long.class, run, c.caseId());
        assertThat(count("SELECT COUNT(*) FROM cm_instalment WHERE decision_id = ? AND superseded = FALSE", newDecision))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM ledger_obligation o WHERE o.case_id = ? AND o.kind = 'MAINTENANCE' "
                        + "AND o.status = 'SCHEDULED' AND o.due_date >= ?", c.caseId(), from)).isPositive();

        // run again (a restart, or a second node): nothing is done twice
        MassRecalculation.Result again = recalculation.run(run, from, "rules changed", 7, 2);
        assertThat(again.cases()).isZero();
        assertThat(count("SELECT COUNT(*) FROM cm_decision WHERE case_id = ?", c.caseId())).isEqualTo(decisionsBefore + 1);
    }

    @Autowired CaseRepository caseRepository;
    @Autowired CaseSupport support;
    @Autowired AnnualReview review;
    @Autowired DecisionMaker decisionMaker;
    @Autowired TransactionTemplate tx;

    /**
     * The bulk path gives a case what the single decision gives its twin (same answers, same day): the same decision
     * (amount, band, explanation in both languages), schedule, letters, timeline line and ledger obligations.
     */
    @Test
    void a_case_recalculated_in_bulk_ends_as_one_recalculated_alone() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long bulk = twin(today);
        long alone = twin(today);
        SecurityContextHolder.clearContext();
        String run = "twin-" + System.nanoTime();
        LocalDate from = today.withDayOfMonth(1).plusMonths(2);
        // the twin is done alone, by the single path: the run takes it as done already
        jdbc.update("INSERT INTO cm_recalculation (run_name, case_id, decision_id, ledger_applied, done_at) "
                + "VALUES (?, ?, NULL, 1, CURRENT_TIMESTAMP)", run, alone);
        long noticesBefore = notices(bulk);

        recalculation.run(run, from, "rules changed", 50);
        tx.executeWithoutResult(s -> {
            MaintenanceCase c = caseRepository.findById(alone).orElseThrow();
            decisionMaker.decide(c, DecisionKind.CHANGE, from, "rules changed",
                    new DecisionMaker.Actor(null, MassRecalculation.ACTOR), review.calculate(c, support.qualifying(alone, from)), false);
        });

        String decision = "SELECT kind, effective_date, service_type, weekly_amount, rate_band, gross_weekly_income, income_basis, "
                + "qualifying_children, relevant_other_children, other_arrangement_children, reason, breakdown, decided_by_label "
                + "FROM cm_decision WHERE case_id = ? ORDER BY id DESC LIMIT 1";
        assertThat(jdbc.queryForMap(decision, bulk)).isEqualTo(jdbc.queryForMap(decision, alone));
        assertThat(jdbc.queryForObject("SELECT breakdown FROM cm_decision WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                String.class, bulk)).contains("explanationCy");
        String schedule = "SELECT i.period_start, i.period_end, i.due_date, i.amount, (i.decision_id = (SELECT MAX(d.id) "
                + "FROM cm_decision d WHERE d.case_id = i.case_id)) AS newest FROM cm_instalment i WHERE i.case_id = ? "
                + "AND i.superseded = FALSE ORDER BY i.due_date, i.period_start";
        assertThat(jdbc.queryForList(schedule, bulk)).isNotEmpty().isEqualTo(jdbc.queryForList(schedule, alone));
        String superseded = "SELECT COUNT(*) FROM cm_instalment WHERE case_id = ? AND superseded = TRUE";
        assertThat(count(superseded, bulk)).isPositive().isEqualTo(count(superseded, alone));
        String obligations = "SELECT kind, due_date, amount, status FROM ledger_obligation WHERE case_id = ? AND live = 1 "
                + "ORDER BY due_date, kind";
        assertThat(jdbc.queryForList(obligations, bulk)).isNotEmpty().isEqualTo(jdbc.queryForList(obligations, alone));
        String replaced = "SELECT COUNT(*) FROM ledger_obligation WHERE case_id = ? AND status = 'SUPERSEDED'";
        assertThat(count(replaced, bulk)).isPositive().isEqualTo(count(replaced, alone));
        String letters = "SELECT audience, kind FROM cm_document WHERE decision_id = (SELECT MAX(id) FROM cm_decision "
                + "WHERE case_id = ?) ORDER BY audience";
        assertThat(jdbc.queryForList(letters, bulk)).hasSize(2).isEqualTo(jdbc.queryForList(letters, alone));
        String line = "SELECT audience, message, message_cy FROM cm_timeline WHERE case_id = ? ORDER BY id DESC LIMIT 1";
        assertThat(jdbc.queryForMap(line, bulk)).isEqualTo(jdbc.queryForMap(line, alone));
        String audited = "SELECT action, detail FROM audit_entry WHERE subject_type = 'case' AND subject_id = ? "
                + "AND action IN ('CASE_DECISION', 'LEDGER_SCHEDULE_APPLIED') ORDER BY id DESC LIMIT 2";
        assertThat(jdbc.queryForList(audited, Long.toString(bulk))).hasSize(2)
                .isEqualTo(jdbc.queryForList(audited, Long.toString(alone)));
        // both parents are told, as for one decision
        assertThat(notices(bulk)).isEqualTo(noticesBefore + 2);
        assertThat(count("SELECT COUNT(*) FROM notification_case_party WHERE case_id = ?", bulk)).isEqualTo(2);
    }

    /** A linked case with two children and an employed paying parent's details (the same answers each time). */
    private long twin(LocalDate today) {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ana", today.minusYears(4)),
                CaseFixtures.kid("Ben", today.minusYears(9))), ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("31000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        return c.caseId();
    }

    private long notices(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM portal_notification n JOIN cm_party p ON p.account_id = n.account_id "
                + "WHERE p.case_id = ? AND n.message_key = 'notification.msg.decision'", Long.class, caseId);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
