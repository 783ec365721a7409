package org.childmaintenance.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;
import org.childmaintenance.base.Texts;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: a decision made before its explanation was kept in Welsh too (only English stored) is shown to a Welsh
 * reader with its steps marked lang="en" and a Welsh note saying the explanation is in English and how to get it in
 * Welsh; an English reader sees no note.
 */
class WelshOldDecisionViewTest extends KaribuTest {

    /** A decided case whose decision's explanation is then cut back to English only, as decisions made before were. */
    private CaseFixtures.Linked caseWithAnEnglishOnlyExplanation() {
        CaseFixtures fx = ctx.getBean(CaseFixtures.class);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Gwen", LocalDate.now(clock).minusYears(6))),
                ServiceType.DIRECT_PAY);
        ctx.getBean(CaseService.class).givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY,
                PaymentFrequency.MONTHLY, fx.nights(c.caseId(), "104")));
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        JsonMapper json = JsonMapper.builder().build();
        for (Map<String, Object> d : jdbc.queryForList("select id, breakdown from cm_decision where case_id = ?", c.caseId())) {
            List<Map<String, Object>> steps = json.readValue((String) d.get("breakdown"), new TypeReference<>() { });
            steps.forEach(s -> {
                s.remove("stepCy");
                s.remove("explanationCy");
            });
            jdbc.update("update cm_decision set breakdown = ? where id = ?", json.writeValueAsString(steps), d.get("id"));
        }
        return c;
    }

    private void open(String email, Language language, String location) {
        ctx.getBean(JdbcTemplate.class).update("update account set language = ? where email = ?", language.code(),
                email.toLowerCase());
        signInAs(email);
        reloadPage(LanguageChoice.cookie(language, true));
        UI.getCurrent().navigate(location);
    }

    private static Document steps() {
        return Jsoup.parse(LocatorJ._get(OrderedList.class, s -> s.withId("how-worked-out")).getElement().getProperty("innerHTML"));
    }

    @Test
    void a_welsh_reader_is_told_in_welsh_that_an_old_explanation_is_in_english() {
        CaseFixtures.Linked c = caseWithAnEnglishOnlyExplanation();
        open(c.payingEmail(), Language.WELSH, "my-case/" + c.caseId());

        assertThat(LocatorJ._get(Paragraph.class, s -> s.withId("explanation-in-english")).getText())
                .isEqualTo(Texts.t(Language.WELSH, "mycase.decision.explanationInEnglish"));
        Document how = steps();
        assertThat(how.text()).contains("The paying parent's gross weekly income is £500.00.");
        assertThat(how.select("p")).isNotEmpty().allSatisfy(p -> assertThat(p.attr("lang")).isEqualTo("en"));
        assertThat(how.select("h3").text()).as("step names still in Welsh").contains("Incwm wythnosol gros");
    }

    @Test
    void an_english_reader_sees_the_same_explanation_with_no_note() {
        CaseFixtures.Linked c = caseWithAnEnglishOnlyExplanation();
        open(c.receivingEmail(), Language.ENGLISH, "my-case/" + c.caseId());

        assertThat(LocatorJ._find(Paragraph.class, s -> s.withId("explanation-in-english"))).isEmpty();
        Document how = steps();
        assertThat(how.text()).contains("The paying parent's gross weekly income is £500.00.");
        assertThat(how.select("p[lang]")).isEmpty();
    }
}
