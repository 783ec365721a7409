package org.childmaintenance.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.childmaintenance.cases.SafetyFlags;
import org.childmaintenance.disputes.ChallengeReason;
import org.childmaintenance.disputes.ReconsiderationCasework;
import org.childmaintenance.disputes.ReconsiderationService;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.messages.CaseworkMessages;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.Subject;
import org.childmaintenance.representation.RepsFixture;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Security checklist 16.4 (LC-17.6): every view of a safety-flagged person's record by someone else is
 * audited — beyond the case page and the casework record, also the payments page and statements, the case
 * notes, a message conversation about the case and the reconsideration page. The person's own views are not.
 */
@PortalTest
class FlaggedRecordViewsIT {
    @Autowired RepsFixture fx;
    @Autowired SafetyFlags safety;
    @Autowired LedgerQueries ledger;
    @Autowired CaseworkDesk desk;
    @Autowired MessageService messages;
    @Autowired CaseworkMessages caseworkMessages;
    @Autowired ReconsiderationService reconsiderations;
    @Autowired ReconsiderationCasework reconsiderationCasework;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private List<String> flaggedViews(long caseId) {
        return jdbc.queryForList("select detail from audit_entry where action = 'FLAGGED_RECORD_VIEWED' and subject_id = ?"
                + " order by id", String.class, Long.toString(caseId));
    }

    /** What a caseworker opens about the case: payments page, a statement, notes, the conversation, the reconsideration. */
    private void caseworkerOpensEverything(long caseId, long conversation, long reconsideration) {
        fx.signIn("caseworker@example.com");
        ledger.casePaymentsPage(caseId);
        LocalDate today = LocalDate.now(clock);
        ledger.statement(caseId, today.minusMonths(1), today);
        desk.notes(caseId);
        caseworkMessages.open(conversation);
        reconsiderationCasework.detail(reconsideration);
    }

    @Test
    void casework_pages_about_a_flagged_persons_case_are_audited_as_views_of_their_record_and_their_own_views_are_not() {
        RepsFixture.Setup s = fx.decidedCaseAndRep();
        long caseId = s.caseId();
        fx.signIn(s.parentEmail());
        long conversation = messages.startAboutCase(caseId, Subject.PAYMENTS, "Has anything been paid?", List.of());
        long reconsideration = reconsiderations.ask(caseId, new ReconsiderationService.Request(null,
                Set.of(ChallengeReason.INCOME), "The income used is too low.", null, List.of()));

        caseworkerOpensEverything(caseId, conversation, reconsideration);
        assertThat(flaggedViews(caseId)).as("no flag, no such audit").isEmpty();

        fx.signIn(s.parentEmail());
        safety.flagMySafety(caseId);
        caseworkerOpensEverything(caseId, conversation, reconsideration);
        assertThat(flaggedViews(caseId)).containsExactly(
                "RECEIVING viewed by a caseworker on the payments page",
                "RECEIVING viewed by a caseworker on a payment statement",
                "RECEIVING viewed by a caseworker on the case notes",
                "RECEIVING viewed by a caseworker on a message conversation about the case",
                "RECEIVING viewed by a caseworker on the reconsideration page");

        fx.signIn(s.parentEmail());
        ledger.casePaymentsPage(caseId);
        assertThat(flaggedViews(caseId)).as("the flagged person's own view").hasSize(5);
        fx.signIn(s.otherParentEmail());
        ledger.casePaymentsPage(caseId);
        assertThat(flaggedViews(caseId)).hasSize(6).last()
                .isEqualTo("RECEIVING viewed by the other party on the payments page");
    }
}
