package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** LC-17.6: the safety flag set by the person (linking, "Your safety") or a caseworker, and views of a flagged record audited. */
@PortalTest
class SafetyFlagsIT {
    @Autowired CaseService cases;
    @Autowired SafetyFlags safety;
    @Autowired CaseFixtures fx;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private long flaggedViews(long caseId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'FLAGGED_RECORD_VIEWED' and subject_id = ?",
                Long.class, Long.toString(caseId));
    }

    private CaseService.Submitted applyInviting(String rp, String pp) {
        fx.signIn(rp);
        return fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, pp, ServiceType.DIRECT_PAY,
                List.of(CaseFixtures.kid("Sky", LocalDate.now(clock).minusYears(5)))));
    }

    @Test
    void the_parent_who_links_later_answers_the_abuse_question_and_is_then_kept_from_the_applicant() {
        String rp = fx.newParent("rp");
        String pp = fx.newParent("pp");
        CaseService.Submitted sent = applyInviting(rp, pp);
        fx.signIn(pp);
        cases.acceptInvitation(fx.codeMailedTo(pp), true, true);
        assertThat(safety.mySafetyFlag(sent.caseId())).isTrue();

        fx.signIn(rp);
        long before = flaggedViews(sent.caseId());
        assertThat(cases.myCase(sent.caseId()).otherParentName()).isEqualTo("Name withheld for safety");
        assertThat(flaggedViews(sent.caseId())).as("the other party's view is audited").isEqualTo(before + 1);
    }

    @Test
    void a_parent_sets_their_own_flag_on_your_safety_and_a_caseworker_can_set_one_too() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ash", LocalDate.now(clock).minusYears(2))),
                ServiceType.DIRECT_PAY);
        fx.signIn(c.receivingEmail());
        assertThat(safety.mySafetyFlag(c.caseId())).isFalse();
        long before = flaggedViews(c.caseId());
        cases.myCase(c.caseId());
        assertThat(flaggedViews(c.caseId())).as("no flag, no audit of the view").isEqualTo(before);

        safety.flagMySafety(c.caseId());
        fx.signIn(c.payingEmail());
        assertThat(cases.myCase(c.caseId()).otherParentName()).isEqualTo("Name withheld for safety");
        assertThat(flaggedViews(c.caseId())).isEqualTo(before + 1);

        fx.signInCaseworker();
        safety.flagByCaseworker(c.reference(), PartyRole.PAYING);
        fx.signIn(c.receivingEmail());
        assertThat(cases.myCase(c.caseId()).otherParentName()).isEqualTo("Name withheld for safety");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CASE_SAFETY_FLAG_SET' and subject_id = ?",
                Long.class, Long.toString(c.caseId()))).isEqualTo(2);
    }
}
