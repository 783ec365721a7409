package org.childmaintenance.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.ledger.LedgerViews;
import org.childmaintenance.ledger.NightlyRun;
import org.childmaintenance.messages.CaseworkMessages;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.MessageViews;
import org.childmaintenance.messages.Subject;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "My clients" says what needs attention on each client's case — unread messages and missed
 * payments too, each only within the scope the parent gave — and a representative's ledger actions
 * are recorded "by them for the parent", which the parent sees in Recent activity.
 */
@PortalTest
class RepresentativeDashboardIT {
    @Autowired RepsFixture fx;
    @Autowired RepresentationService reps;
    @Autowired MessageService messages;
    @Autowired CaseworkMessages casework;
    @Autowired LedgerService ledger;
    @Autowired LedgerQueries payments;
    @Autowired NightlyRun nightly;
    @Autowired AuditService audit;
    @Autowired MutableClock clock;

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private RepresentationService.Client client(RepsFixture.Setup s) {
        return reps.myClients().stream().filter(c -> c.caseId() == s.caseId()).findFirst().orElseThrow();
    }

    /** The parent writes to the service and casework answers: one message the parent's side has not read. */
    private long serviceAnswers(RepsFixture.Setup s) {
        fx.signIn(s.parentEmail());
        long conversation = messages.startAboutCase(s.caseId(), Subject.PAYMENTS, "Has anything been paid?", List.of());
        fx.signIn("caseworker@example.com");
        casework.reply(conversation, "Nothing yet; we have written to the other parent.", List.<MessageViews.NewAttachment>of());
        return conversation;
    }

    @Test
    void unread_messages_count_only_when_the_scope_includes_messages() {
        RepsFixture.Setup full = fx.active(RepresentationScope.FULL, null);
        long conversation = serviceAnswers(full);
        fx.signIn(full.repEmail());
        assertThat(client(full).attention()).contains("1 unread message.");
        assertThat(messages.myConversations()).as("the client's side of the case is in their messages")
                .extracting(MessageViews.ConversationSummary::id).contains(conversation);
        messages.open(conversation);
        assertThat(client(full).attention()).noneMatch(a -> a.contains("unread"));

        RepsFixture.Setup report = fx.active(RepresentationScope.REPORT, null);
        long hidden = serviceAnswers(report);
        fx.signIn(report.repEmail());
        assertThat(client(report).attention()).as("no messages in this scope").noneMatch(a -> a.contains("unread"));
        assertThat(messages.myConversations()).extracting(MessageViews.ConversationSummary::id).doesNotContain(hidden);
    }

    @Test
    void a_missed_payment_reported_by_the_representative_is_audited_for_the_parent_and_counted() {
        RepsFixture.Setup s = fx.active(RepresentationScope.REPORT, null);
        LocalDate due = payments.casePayments(s.caseId()).rows().getFirst().dueDate();
        clock.set(due.plusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC));
        LedgerFixture.asSystem(() -> nightly.run(due));
        assertThat(client(s).attention()).noneMatch(a -> a.contains("missed"));

        LedgerViews.ScheduleRow row = payments.casePayments(s.caseId()).rows().stream()
                .filter(LedgerViews.ScheduleRow::canConfirm).findFirst().orElseThrow();
        ledger.reportMissedPayment(s.caseId(), row.obligationId(), "Nothing arrived");
        assertThat(client(s).attention()).contains("1 missed payment.");

        fx.signIn(s.parentEmail());
        assertThat(audit.myRecentActivity(20)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("LEDGER_MISSED_PAYMENT_REPORTED");
            assertThat(r.onBehalfOfId()).isNotNull();
            assertThat(r.actorLabel()).contains(s.repName()).contains(s.repEmail());
        });
    }
}
