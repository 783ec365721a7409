package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** LC-17.6: the receiving parent learns that a flat rate applies, never which benefit the paying parent gets. */
@PortalTest
class BenefitPrivacyIT {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private static String all(CaseService.DecisionView d) {
        StringBuilder text = new StringBuilder(d.rateBand());
        d.steps().forEach(s -> text.append('\n').append(s.step()).append(": ").append(s.explanation()));
        return text.toString();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void the_receiving_parent_sees_a_flat_rate_without_the_benefit_and_the_paying_parent_sees_their_own() throws Exception {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Flo", LocalDate.now(clock).minusYears(4))),
                ServiceType.DIRECT_PAY);
        fx.signIn(c.payingEmail());
        CaseAnswers a = CaseFixtures.employed("0", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY, fx.nights(c.caseId()));
        a.setIncomeType(IncomeType.BENEFITS);
        a.setBenefitKind(BenefitKind.OWN_PRESCRIBED);
        a.setIncomeAmount(null);
        a.setIncomeFrequency(null);
        a.setEmployer(null);
        cases.givePayingDetails(c.caseId(), a);

        CaseService.CaseOverview payer = cases.myCase(c.caseId());
        assertThat(payer.decision().weeklyAmount()).isEqualByComparingTo("7.00");
        assertThat(all(payer.decision())).contains("State Pension");
        assertThat(pdfText(cases.documentPdf(c.caseId(), payer.documents().getFirst().id()))).contains("State Pension");

        fx.signIn(c.receivingEmail());
        CaseService.CaseOverview receiver = cases.myCase(c.caseId());
        String shown = all(receiver.decision());
        assertThat(receiver.decision().weeklyAmount()).isEqualByComparingTo("7.00");
        assertThat(shown).contains("flat rate applies").doesNotContainIgnoringCase("benefit")
                .doesNotContain("State Pension").doesNotContain("Jobseeker");
        String letter = pdfText(cases.documentPdf(c.caseId(), receiver.documents().getFirst().id()));
        assertThat(letter).contains("flat rate applies").contains("£7.00")
                .doesNotContainIgnoringCase("benefit").doesNotContain("State Pension").doesNotContain("Jobseeker");
    }

    @Test
    void in_welsh_too_the_receiving_parent_is_not_told_the_benefit_and_the_paying_parent_reads_it_in_welsh() throws Exception {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Nia", LocalDate.now(clock).minusYears(4))),
                ServiceType.DIRECT_PAY);
        jdbc.update("update account set language = 'cy' where email in (?, ?)", c.payingEmail().toLowerCase(),
                c.receivingEmail().toLowerCase());
        fx.signIn(c.payingEmail());
        CaseAnswers a = CaseFixtures.employed("0", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY, fx.nights(c.caseId()));
        a.setIncomeType(IncomeType.BENEFITS);
        a.setBenefitKind(BenefitKind.OWN_PRESCRIBED);
        a.setIncomeAmount(null);
        a.setIncomeFrequency(null);
        a.setEmployer(null);
        cases.givePayingDetails(c.caseId(), a);

        CaseService.CaseOverview payer = Texts.in(Language.WELSH, () -> cases.myCase(c.caseId()));
        assertThat(all(payer.decision())).contains("Pensiwn y Wladwriaeth").doesNotContain("State Pension");
        assertThat(pdfText(cases.documentPdf(c.caseId(), payer.documents().getFirst().id())).replaceAll("\\s+", " "))
                .contains("Pensiwn y Wladwriaeth").doesNotContain("State Pension");

        fx.signIn(c.receivingEmail());
        String withheld = Texts.t(Language.WELSH, "decision.flatRate.withheld");
        CaseService.CaseOverview receiver = Texts.in(Language.WELSH, () -> cases.myCase(c.caseId()));
        assertThat(all(receiver.decision())).contains(withheld).doesNotContainIgnoringCase("budd-dal")
                .doesNotContainIgnoringCase("pensiwn").doesNotContainIgnoringCase("lwfans")
                .doesNotContain("State Pension");
        String letter = pdfText(cases.documentPdf(c.caseId(), receiver.documents().getFirst().id())).replaceAll("\\s+", " ");
        assertThat(letter).contains(withheld.substring(0, 40)).doesNotContainIgnoringCase("budd-dal")
                .doesNotContainIgnoringCase("pensiwn").doesNotContainIgnoringCase("lwfans");
    }
}
