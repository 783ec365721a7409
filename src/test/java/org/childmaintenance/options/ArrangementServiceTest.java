package org.childmaintenance.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childmaintenance.options.ArrangementFixtures.actAs;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementRecords.ArrangementHandover;
import org.childmaintenance.options.ArrangementRecords.PaymentRecord;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentStatus;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ArrangementServiceTest extends KaribuTest {
    ArrangementFixtures fixtures;
    ArrangementService service;
    PortalUser payer;
    PortalUser receiver;

    @BeforeEach
    void parents() {
        fixtures = new ArrangementFixtures(ctx);
        service = ctx.getBean(ArrangementService.class);
        payer = fixtures.newParent("Jo Payer");
        receiver = fixtures.newParent("Kim Receiver");
    }

    @Test
    void agreement_pdf_has_both_names_the_amounts_and_the_review_date() throws IOException {
        LocalDate review = LocalDate.now().plusMonths(11).withDayOfMonth(15);
        long id = fixtures.confirmedArrangement(payer, receiver, review);
        actAs(receiver);

        String text = pdfText(service.agreementPdf(id));

        assertThat(text).contains("Our child maintenance arrangement", "Jo Payer", "Kim Receiver", "Ruby", "Ezra",
                "£312.50", "monthly", Display.date(review), "Bank transfer", "On the 1st of each month",
                "both confirmed this arrangement");
    }

    @Test
    void estimate_comes_from_the_calculation_engine_and_prefills_nothing_it_should_not() {
        actAs(payer);
        long id = service.start();
        service.saveChildren(id, java.util.List.of(new ArrangementRecords.ChildDetails("Ava", null)));
        ArrangementRecords.Estimate estimate = service.estimate(id, "26000", "0");
        // calculation.md: £26,000 a year → £498.63 a week, basic rate 12% for one child = £59.84
        assertThat(estimate.weekly()).isEqualByComparingTo("59.84");
        assertThat(service.details(id).estimateWeekly()).isEqualByComparingTo("59.84");
        assertThat(service.details(id).amount()).isNull();
    }

    @Test
    void builder_steps_refuse_bad_answers_with_field_errors() {
        actAs(payer);
        long id = service.start();
        assertThatThrownBy(() -> service.saveParties(id, null, " "))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactly("role", "otherName"));
        assertThatThrownBy(() -> service.saveAmount(id, "12.345", Frequency.WEEKLY))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors().getFirst().message())
                        .isEqualTo("error.arrangement.amount.format"));
        assertThatThrownBy(() -> service.saveReviewDate(id, LocalDate.now().minusDays(1)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> service.agree(id)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void only_the_two_parents_can_see_an_arrangement() {
        long id = fixtures.confirmedArrangement(payer, receiver, LocalDate.now().plusMonths(6));
        PortalUser stranger = fixtures.newParent("Lee Stranger");
        actAs(stranger);
        assertThatThrownBy(() -> service.details(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.agreementPdf(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.payments(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.handoverFor(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.mine()).isEmpty();
    }

    @Test
    void invitation_code_works_once_only_for_someone_else_and_not_after_it_expires() {
        long id = fixtures.agreedArrangement(payer, "Kim Receiver", LocalDate.now().plusMonths(6));
        String code = fixtures.invite(payer, id, receiver.email());

        actAs(payer);
        assertThatThrownBy(() -> service.acceptInvitation(code)).isInstanceOf(UserFacingException.class);

        actAs(receiver);
        assertThat(service.acceptInvitation(code.toUpperCase())).isEqualTo(id);
        PortalUser third = fixtures.newParent("Max Third");
        actAs(third);
        assertThatThrownBy(() -> service.acceptInvitation(code)).isInstanceOf(UserFacingException.class);

        long second = fixtures.agreedArrangement(payer, "Someone", LocalDate.now().plusMonths(6));
        String later = fixtures.invite(payer, second, third.email());
        clock.advance(Duration.ofDays(15));
        actAs(third);
        assertThatThrownBy(() -> service.acceptInvitation(later)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_new_invitation_withdraws_the_old_one() {
        long id = fixtures.agreedArrangement(payer, "Kim Receiver", LocalDate.now().plusMonths(6));
        String first = fixtures.invite(payer, id, receiver.email());
        String second = fixtures.invite(payer, id, receiver.email());
        actAs(receiver);
        assertThatThrownBy(() -> service.acceptInvitation(first)).isInstanceOf(UserFacingException.class);
        assertThat(service.acceptInvitation(second)).isEqualTo(id);
    }

    @Test
    void payments_are_recorded_by_the_payer_and_answered_by_the_receiver() {
        long id = fixtures.confirmedArrangement(payer, receiver, LocalDate.now().plusMonths(6));
        actAs(receiver);
        assertThatThrownBy(() -> service.recordPayment(id, LocalDate.now(), "312.50"))
                .isInstanceOf(AccessDeniedException.class);

        actAs(payer);
        service.recordPayment(id, LocalDate.now().minusDays(3), "312.50");
        service.recordPayment(id, LocalDate.now(), "100");
        assertThatThrownBy(() -> service.recordPayment(id, LocalDate.now().plusDays(1), "10"))
                .isInstanceOf(UserFacingException.class);
        long firstId = service.payments(id).payments().getFirst().id();
        assertThatThrownBy(() -> service.answerPayment(id, firstId, true)).isInstanceOf(AccessDeniedException.class);

        actAs(receiver);
        service.answerPayment(id, firstId, true);
        long secondId = service.payments(id).payments().get(1).id();
        service.answerPayment(id, secondId, false);
        PaymentRecord record = service.payments(id);
        assertThat(record.payments()).extracting(ArrangementRecords.PaymentEntry::status)
                .containsExactly(PaymentStatus.CONFIRMED, PaymentStatus.NOT_RECEIVED);
        assertThat(record.totalConfirmed()).isEqualByComparingTo("312.50");
        assertThat(record.totalRecorded()).isEqualByComparingTo("312.50");
        assertThat(record.youPay()).isFalse();
        assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from audit_entry where subject_type = 'arrangement' and subject_id = ? and action like 'ARRANGEMENT_PAYMENT_%'",
                Integer.class, Long.toString(id))).isEqualTo(4);
    }

    @Test
    void review_reminder_is_mailed_to_both_parents_once_within_two_weeks_of_the_review_date() {
        LocalDate review = LocalDate.now().plusDays(20);
        long id = fixtures.confirmedArrangement(payer, receiver, review);
        ArrangementReviewReminders job = ctx.getBean(ArrangementReviewReminders.class);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String count = "select count(*) from outbound_mail where recipient = ? and subject = 'Time to review your child maintenance arrangement'";

        job.sendDueReminders();
        assertThat(jdbc.queryForObject(count, Integer.class, payer.email())).isZero();
        actAs(payer);
        assertThat(service.details(id).reviewDueSoon()).isFalse();

        clock.advance(Duration.ofDays(7));
        SecurityContextHolderClear.clear();
        job.sendDueReminders();
        job.sendDueReminders();
        assertThat(jdbc.queryForObject(count, Integer.class, payer.email())).isEqualTo(1);
        assertThat(jdbc.queryForObject(count, Integer.class, receiver.email())).isEqualTo(1);
        actAs(receiver);
        assertThat(service.details(id).reviewDueSoon()).isTrue();
    }

    @Test
    void handover_carries_children_amount_and_the_other_parents_name() {
        long id = fixtures.confirmedArrangement(payer, receiver, LocalDate.now().plusMonths(6));
        actAs(receiver);
        ArrangementHandover h = service.handoverFor(id);
        assertThat(h.otherParentName()).isEqualTo("Jo Payer");
        assertThat(h.yourRole()).isEqualTo(ParentRole.RECEIVING);
        assertThat(h.children()).extracting(ArrangementRecords.ChildDetails::firstName).containsExactly("Ruby", "Ezra");
        assertThat(h.children().getFirst().dateOfBirth()).isEqualTo(LocalDate.of(2017, 3, 27));
        assertThat(h.agreedAmount()).isEqualByComparingTo("312.50");
        assertThat(h.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(h.weeklyEquivalent()).isEqualByComparingTo(new BigDecimal("72.12"));

        actAs(payer);
        assertThat(service.handoverFor(id).otherParentName()).isEqualTo("Kim Receiver");
    }

    @Test
    void a_draft_cannot_be_handed_over_or_confirmed_by_its_author() {
        long id = fixtures.agreedArrangement(payer, "Kim Receiver", LocalDate.now().plusMonths(6));
        actAs(payer);
        assertThatThrownBy(() -> service.handoverFor(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.confirm(id)).isInstanceOf(AccessDeniedException.class);
        ArrangementDetails d = service.details(id);
        assertThat(d.status()).isEqualTo(Status.AGREED);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The job runs with nobody signed in. */
    static final class SecurityContextHolderClear {
        static void clear() {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
