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

        MassRecalculation.Result first = recalculation.run(run, from, "rules changed", 7);

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
        MassRecalculation.Result again = recalculation.run(run, from, "rules changed", 7);
        assertThat(again.cases()).isZero();
        assertThat(count("SELECT COUNT(*) FROM cm_decision WHERE case_id = ?", c.caseId())).isEqualTo(decisionsBefore + 1);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
