package org.childmaintenance.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.EnglishNarration;
import org.childmaintenance.support.KaribuTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: a decision's worked explanation (kept in English and Welsh when it is made) is read in the page's
 * language: My case for each parent, and the caseworker's case record.
 */
class WelshDecisionViewTest extends KaribuTest {

    /** A decided case: £500 a week, one child staying 104 nights a year with the paying parent. */
    private CaseFixtures.Linked decidedCase() {
        CaseFixtures fx = ctx.getBean(CaseFixtures.class);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Gwen", LocalDate.now(clock).minusYears(6))),
                ServiceType.DIRECT_PAY);
        ctx.getBean(CaseService.class).givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY,
                PaymentFrequency.MONTHLY, fx.nights(c.caseId(), "104")));
        return c;
    }

    private void openInWelsh(String email, String location) {
        ctx.getBean(JdbcTemplate.class).update("update account set language = 'cy' where email = ?", email.toLowerCase());
        signInAs(email);
        reloadPage(LanguageChoice.cookie(Language.WELSH, true));
        UI.getCurrent().navigate(location);
    }

    private static String text(Element e) {
        String html = e.hasProperty("innerHTML") ? e.getProperty("innerHTML") : "";
        return (Jsoup.parse(html).text() + " " + e.getTextRecursively()).replaceAll("\\s+", " ");
    }

    @Test
    void a_paying_parent_who_chose_cymraeg_reads_how_the_amount_was_worked_out_in_welsh_on_my_case() {
        CaseFixtures.Linked c = decidedCase();
        openInWelsh(c.payingEmail(), "my-case/" + c.caseId());

        String how = text(LocatorJ._get(OrderedList.class, s -> s.withId("how-worked-out")).getElement());
        assertThat(how).contains("Incwm wythnosol gros", "Incwm wythnosol gros y rhiant sy'n talu yw £500.00.",
                "Y gyfradd sylfaenol ar gyfer 1 plentyn yw 12% o £500.00 = £60.00.",
                "Mae'r plentyn yn aros 104 noson y flwyddyn gyda'r rhiant sy'n talu",
                "Mae £42.86 yr wythnos yn");
        assertThat(EnglishNarration.in(how)).as("English in the Welsh explanation:\n" + how).isEmpty();
    }

    @Test
    void the_receiving_parent_in_english_reads_the_same_decision_in_english() {
        CaseFixtures.Linked c = decidedCase();
        signInAs(c.receivingEmail());
        reloadPage(LanguageChoice.cookie(Language.ENGLISH, true));
        UI.getCurrent().navigate("my-case/" + c.caseId());

        String how = text(LocatorJ._get(OrderedList.class, s -> s.withId("how-worked-out")).getElement());
        assertThat(how).contains("The paying parent's gross weekly income is £500.00.").doesNotContain("Incwm");
    }

    @Test
    void a_caseworker_working_in_welsh_reads_the_decisions_on_the_case_record_in_welsh() {
        CaseFixtures.Linked c = decidedCase();
        openInWelsh("caseworker@example.com", "casework/case/" + c.caseId());

        List<DataTable> decisions = LocatorJ._find(DataTable.class).stream()
                .filter(t -> t.getId().orElse("").matches("decision-\\d+")).toList();
        assertThat(decisions).isNotEmpty();
        String steps = text(decisions.getFirst().getElement());
        assertThat(steps).contains("Incwm wythnosol gros y rhiant sy'n talu yw £500.00.");
        assertThat(EnglishNarration.in(steps)).as("English in the case record's Welsh explanation:\n" + steps).isEmpty();
    }
}
