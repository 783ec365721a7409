package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.notification.OutboxProbe;
import org.childmaintenance.support.EnglishNarration;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 17: a person's e-mails and letters go in the language they chose, whoever causes them to be written
 * (the other parent's application in English, a caseworker opening the letter in English).
 */
@PortalTest
class WelshCorrespondenceIT {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void a_parent_who_chose_cymraeg_gets_a_welsh_invitation_email_and_a_welsh_decision_letter() throws Exception {
        String rp = fx.newParent("rp");
        String pp = fx.newParent("pp");
        jdbc.update("update account set language = 'cy' where email = ?", pp.toLowerCase());

        fx.signIn(rp);
        CaseService.Submitted sent = fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, pp, ServiceType.DIRECT_PAY,
                List.of(CaseFixtures.kid("Gwen", LocalDate.now(clock).minusYears(5)))));
        assertThat(lastSubjectTo(pp)).as("the invitation, sent from an English page")
                .isEqualTo(Texts.t(Language.WELSH, "mail.invite.subject"))
                .isNotEqualTo(Texts.t(Language.ENGLISH, "mail.invite.subject"));
        String body = OutboxProbe.lastBodyTo(jdbc, pp.toLowerCase());
        assertThat(body).startsWith(firstWords(Texts.t(Language.WELSH, "mail.invite.body")))
                .doesNotContain(firstWords(Texts.t(Language.ENGLISH, "mail.invite.body")));

        String code = fx.codeMailedTo(pp);
        fx.signIn(pp);
        cases.acceptInvitation(code, true);
        cases.givePayingDetails(sent.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(sent.caseId())));
        long payersLetter = cases.myCase(sent.caseId()).documents().getFirst().id();
        String welshTitle = Texts.t(Language.WELSH, "letter.decision.title");
        String englishTitle = Texts.t(Language.ENGLISH, "letter.decision.title");
        assertThat(welshTitle).isNotEqualTo(englishTitle);
        assertLetter(cases.documentPdf(sent.caseId(), payersLetter), "cy-GB", welshTitle, englishTitle);
        String payersText = text(cases.documentPdf(sent.caseId(), payersLetter));
        assertThat(payersText).as("how the amount was worked out, in Welsh")
                .contains("Incwm wythnosol gros y rhiant sy'n talu yw £500.00.", "i'r geiniog agosaf");
        assertThat(EnglishNarration.in(payersText)).as("English explanation in the Welsh letter:\n" + payersText).isEmpty();

        fx.signIn(rp);
        long receiversLetter = cases.myCase(sent.caseId()).documents().getFirst().id();
        assertLetter(cases.documentPdf(sent.caseId(), receiversLetter), "en-GB", englishTitle, welshTitle);
        assertThat(text(cases.documentPdf(sent.caseId(), receiversLetter)))
                .contains("The paying parent's gross weekly income is £500.00.").doesNotContain("Incwm wythnosol gros");

        fx.signInCaseworker();
        assertLetter(cases.documentPdf(sent.caseId(), payersLetter), "cy-GB", welshTitle, englishTitle);
    }

    private static void assertLetter(byte[] pdf, String lang, String title, String notTitle) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(lang);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(new PDFTextStripper().getText(doc)).contains(title).doesNotContain(notTitle);
        }
    }

    /** A PDF's text with each run of white space (line breaks too) as one space. */
    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private String lastSubjectTo(String email) {
        return jdbc.queryForObject("select subject from outbound_mail where recipient = ? order by id desc limit 1",
                String.class, email.toLowerCase());
    }

    /** The text before its first placeholder ("Helo {0}," gives "Helo "). */
    private static String firstWords(String pattern) {
        int brace = pattern.indexOf('{');
        return (brace < 0 ? pattern : pattern.substring(0, brace)).replace("''", "'");
    }
}
