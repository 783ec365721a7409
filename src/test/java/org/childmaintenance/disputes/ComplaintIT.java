package org.childmaintenance.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Complaints on MariaDB: raised, answered, escalated, final response with a consolatory payment; private to the complainant. */
@PortalTest
class ComplaintIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired ComplaintService complaints;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired org.childmaintenance.identity.IdentityService identity;
    @Autowired org.childmaintenance.messages.MessagesTestRepresentation representation;
    @Autowired org.childmaintenance.support.TestAccounts accounts;
    @Autowired ReconsiderationService reconsiderations;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void a_complaint_is_answered_escalated_and_reaches_a_final_response_with_a_consolatory_payment() {
        LocalDate today = LocalDate.now(clock);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Lou", today.minusYears(4))), ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));

        fx.signIn(c.receivingEmail());
        assertThatThrownBy(() -> complaints.raise(new ComplaintService.ComplaintRequest(c.caseId(), null, null, " ", "")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactly("category", "whatHappened", "wouldLike"));
        ComplaintService.ComplaintView made = complaints.raise(new ComplaintService.ComplaintRequest(c.caseId(), null,
                ComplaintCategory.LOST_DOCUMENT, "You lost my bank statement", "An apology"));
        assertThat(made.reference()).startsWith("CMP-");
        assertThat(made.targetDate()).isEqualTo(DisputeRules.complaintTarget(today));
        assertThat(made.status()).isEqualTo(ComplaintStatus.RECEIVED);
        // The acknowledgement: a notice in the bell and an e-mail that says only that there is news.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_notification n JOIN account a ON a.id = n.account_id"
                + " WHERE a.email = ? AND n.message_key = 'complaints.notify.received'", Long.class, c.receivingEmail()))
                .isEqualTo(1);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbound_mail WHERE recipient = ?", Integer.class, c.receivingEmail()) > 0);
        assertThat(org.childmaintenance.notification.OutboxProbe.lastBodyTo(jdbc, c.receivingEmail()))
                .doesNotContain("bank statement").doesNotContain(made.reference());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_notification n JOIN account a ON a.id = n.account_id"
                + " WHERE a.email = ? AND n.message_key = 'complaints.notify.received'", Long.class, c.payingEmail()))
                .as("the other parent hears nothing").isZero();

        fx.signIn(c.payingEmail());
        assertThat(complaints.myComplaints(c.caseId())).as("the other parent sees nothing").isEmpty();
        assertThatThrownBy(() -> complaints.myComplaint(c.caseId(), made.id())).isInstanceOf(AccessDeniedException.class);
        fx.signIn(fx.newParent("stranger"));
        assertThatThrownBy(() -> complaints.myComplaints(c.caseId())).isInstanceOf(AccessDeniedException.class);

        fx.signInCaseworker();
        assertThat(complaints.queue()).extracting(q -> q.complaint().id()).contains(made.id());
        complaints.answer(made.id(), "Sorry, we have found it");

        fx.signIn(c.receivingEmail());
        assertThat(complaints.myComplaint(c.caseId(), made.id()).canAskForReview()).isTrue();
        complaints.askForReview(c.caseId(), made.id(), "It took three months");
        assertThatThrownBy(() -> complaints.askForReview(c.caseId(), made.id(), "again")).isInstanceOf(UserFacingException.class);

        fx.signInCaseworker();
        complaints.finalResponse(made.id(), "We apologise and make a payment", new BigDecimal("50.00"));

        fx.signIn(c.receivingEmail());
        ComplaintService.ComplaintView done = complaints.myComplaint(c.caseId(), made.id());
        assertThat(done.status()).isEqualTo(ComplaintStatus.FINAL_RESPONSE);
        assertThat(done.mayGoToIce()).isTrue();
        assertThat(done.consolatory()).isEqualByComparingTo("50.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_transaction WHERE case_id = ? AND type = 'CONSOLATORY_PAYMENT'",
                Long.class, c.caseId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT SUM(e.amount) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                + "WHERE t.case_id = ? AND t.type = 'CONSOLATORY_PAYMENT'", BigDecimal.class, c.caseId()))
                .as("balanced").isEqualByComparingTo("0");
        String told = "SELECT COUNT(*) FROM portal_notification n JOIN account a ON a.id = n.account_id "
                + "WHERE a.email = ? AND n.message_key = 'complaints.notify.answered'";
        assertThat(jdbc.queryForObject(told, Long.class, c.receivingEmail())).isEqualTo(2);
        assertThat(jdbc.queryForObject(told, Long.class, c.payingEmail())).as("the other parent hears nothing").isZero();
    }

    @Test
    void a_representative_with_the_dispute_scope_complains_and_asks_for_their_client_but_not_without_it() {
        LocalDate today = LocalDate.now(clock);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Max", today.minusYears(4))), ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        String rep = org.childmaintenance.support.TestAccounts.uniqueEmail("rep");
        long repId = identity.provisionAccount(org.childmaintenance.identity.AccountKind.REPRESENTATIVE, rep, "Rep Adviser",
                CaseFixtures.PASSWORD, null, null);
        long client = accounts.idOf(c.receivingEmail());
        representation.grant(repId, c.caseId(), client, java.util.Set.of(org.childmaintenance.identity.CaseAction.VIEW));
        try {
            fx.signIn(rep);
            assertThatThrownBy(() -> complaints.raise(new ComplaintService.ComplaintRequest(c.caseId(), null,
                    ComplaintCategory.MISTAKE, "x", "y"))).isInstanceOf(AccessDeniedException.class);
            representation.grant(repId, c.caseId(), client, java.util.Set.of(org.childmaintenance.identity.CaseAction.VIEW,
                    org.childmaintenance.identity.CaseAction.DISPUTE));
            ComplaintService.ComplaintView made = complaints.raise(new ComplaintService.ComplaintRequest(c.caseId(), null,
                    ComplaintCategory.MISTAKE, "Wrong letter sent", "A correction"));
            reconsiderations.ask(c.caseId(), new ReconsiderationService.Request(null, java.util.Set.of(ChallengeReason.INCOME),
                    "The income is wrong", null, List.of()));
            fx.signIn(c.receivingEmail());
            assertThat(complaints.myComplaints(c.caseId())).extracting(ComplaintService.ComplaintView::id).containsExactly(made.id());
            assertThat(reconsiderations.myReconsiderations(c.caseId()).getFirst().askedByMe()).as("asked for the client").isTrue();
        } finally {
            representation.withdraw(repId, c.caseId());
        }
    }

    @Test
    void an_employer_user_complains_about_an_order_by_its_reference() {
        fx.signIn("employer.admin@example.com");
        assertThatThrownBy(() -> complaints.raise(new ComplaintService.ComplaintRequest(null, " ", ComplaintCategory.ENFORCEMENT,
                "The order amount changed without notice", "An explanation")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactly("orderReference"));
        ComplaintService.ComplaintView made = complaints.raise(new ComplaintService.ComplaintRequest(null, "DEO-2026/0042",
                ComplaintCategory.ENFORCEMENT, "The order amount changed without notice", "An explanation"));
        assertThat(made.orderReference()).isEqualTo("DEO-2026/0042");
        assertThat(complaints.myComplaints(null)).extracting(ComplaintService.ComplaintView::id).contains(made.id());
        fx.signIn(fx.newParent("someone"));
        assertThat(complaints.myComplaints(null)).isEmpty();
        assertThatThrownBy(() -> complaints.myComplaint(null, made.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_target_date_skips_weekends_and_fixed_bank_holidays() {
        // Friday 19 December 2025 + 15 working days, skipping 25 and 26 December and 1 January
        assertThat(DisputeRules.complaintTarget(LocalDate.of(2025, 12, 19))).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(DisputeRules.complaintTarget(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 23));
    }
}
