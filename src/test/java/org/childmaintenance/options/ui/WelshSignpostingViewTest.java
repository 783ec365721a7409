package org.childmaintenance.options.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;
import org.childmaintenance.base.Texts;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 17: a signposting topic has a Welsh version a caseworker writes in the back office; Welsh readers see it,
 * English readers the English; a topic with none is shown to Welsh readers in English, marked lang="en", with a
 * Welsh note saying so. Every topic comes with a Welsh version from its data file (SignpostingSeedingTest), so
 * these tests take the benefits topic's away first, as a caseworker removing it would, and put it back after.
 */
class WelshSignpostingViewTest extends KaribuTest {
    private static final String SLUG = "benefits";
    private static final String WELSH_COLUMNS = "title_cy, summary_cy, body_cy, who_helps_cy, how_to_contact_cy";
    private Map<String, Object> welshFromTheFile;

    @BeforeEach
    void noWelshVersion() {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        welshFromTheFile = jdbc.queryForMap("select " + WELSH_COLUMNS + " from signposting_topic where slug = ?", SLUG);
        jdbc.update("update signposting_topic set title_cy = null, summary_cy = null, body_cy = null, "
                + "who_helps_cy = null, how_to_contact_cy = null where slug = ?", SLUG);
    }

    @AfterEach
    void welshVersionBack() {
        ctx.getBean(JdbcTemplate.class).update("update signposting_topic set title_cy = ?, summary_cy = ?, body_cy = ?, "
                + "who_helps_cy = ?, how_to_contact_cy = ? where slug = ?", welshFromTheFile.get("title_cy"),
                welshFromTheFile.get("summary_cy"), welshFromTheFile.get("body_cy"), welshFromTheFile.get("who_helps_cy"),
                welshFromTheFile.get("how_to_contact_cy"), SLUG);
    }

    private void openAsVisitor(Language language) {
        SecurityContextHolder.clearContext();
        reloadPage(LanguageChoice.cookie(language, true));
        UI.getCurrent().navigate(SignpostingTopicView.class, new RouteParameters("slug", SLUG));
    }

    private static String englishOnlyNote() {
        return _get(Div.class, s -> s.withId("english-only")).getElement().getTextRecursively();
    }

    @Test
    void a_topic_with_no_welsh_version_is_shown_in_english_with_a_welsh_note() {
        openAsVisitor(Language.WELSH);
        String englishTitle = h1();
        assertThat(englishTitle).isEqualTo(ctx.getBean(JdbcTemplate.class)
                .queryForObject("select title from signposting_topic where slug = ?", String.class, SLUG));
        assertThat(englishOnlyNote()).isEqualTo(Texts.t(Language.WELSH, "signposting.topic.englishOnly"));
        assertThat(_get(H1.class).getElement().getAttribute("lang")).as("the English title is marked English").isEqualTo("en");
        assertThat(_get(Paragraph.class, s -> s.withId("how-to-contact")).getElement().getAttribute("lang")).isEqualTo("en");

        openAsVisitor(Language.ENGLISH);
        assertThat(_find(Div.class, s -> s.withId("english-only"))).as("no note for English readers").isEmpty();
        assertThat(_get(H1.class).getElement().getAttribute("lang")).isNull();
    }

    @Test
    void a_caseworker_writes_the_welsh_version_and_welsh_readers_see_it() {
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(SignpostingEditView.class, new RouteParameters("slug", SLUG));
        type("title-cy", "Budd-daliadau");
        click("save");
        assertThat(summaryMessages()).as("all of the Welsh version or none").contains(
                "Enter the summary in Welsh, or leave every Welsh field empty",
                "Enter the text in Welsh, or leave every Welsh field empty");

        type("title-cy", "Budd-daliadau");
        type("summary-cy", "Pa fudd-daliadau allech chi eu cael ar ôl gwahanu.");
        type("body-cy", "Gall eich incwm newid pan fyddwch yn gwahanu.\n\nGwiriwch beth allech chi ei gael.");
        type("who-helps-cy", "Cyngor ar Bopeth");
        type("how-to-contact-cy", "Ffoniwch Advicelink Cymru ar 0800 702 2020.");
        click("save");
        assertThat(summaryMessages()).isEmpty();
        assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("select count(*) from audit_entry where action = "
                + "'SIGNPOSTING_TOPIC_EDITED' and subject_id = ? and detail like '%Welsh version%'", Integer.class, SLUG))
                .isPositive();

        openAsVisitor(Language.WELSH);
        assertThat(h1()).isEqualTo("Budd-daliadau");
        assertThat(_get(H1.class).getElement().getAttribute("lang")).isNull();
        assertThat(_find(Div.class, s -> s.withId("english-only"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("how-to-contact")).getText()).contains("Advicelink Cymru");

        openAsVisitor(Language.ENGLISH);
        assertThat(h1()).isNotEqualTo("Budd-daliadau").isEqualTo(ctx.getBean(JdbcTemplate.class)
                .queryForObject("select title from signposting_topic where slug = ?", String.class, SLUG));
    }

    @Test
    void the_other_topics_come_with_their_welsh_version_from_the_data_files() {
        for (String[] topic : new String[][] {{"money-and-debt", "Arian a dyledion"}, {"housing", "Tai"},
                {"childrens-arrangements", "Trefniadau ar gyfer y plant"}, {"legal-help-and-mediation",
                "Help cyfreithiol a chyfryngu"}, {"emotional-support", "Cymorth emosiynol"}, {"work", "Gwaith"}}) {
            SecurityContextHolder.clearContext();
            reloadPage(LanguageChoice.cookie(Language.WELSH, true));
            UI.getCurrent().navigate(SignpostingTopicView.class, new RouteParameters("slug", topic[0]));
            assertThat(h1()).as(topic[0]).isEqualTo(topic[1]);
            assertThat(_find(Div.class, s -> s.withId("english-only"))).as(topic[0]).isEmpty();
            assertThat(_get(H1.class).getElement().getAttribute("lang")).isNull();
        }
    }

    @Test
    void the_domestic_abuse_topic_comes_with_its_welsh_version_and_puts_the_welsh_helpline_first() {
        SecurityContextHolder.clearContext();
        reloadPage(LanguageChoice.cookie(Language.WELSH, true));
        UI.getCurrent().navigate(SignpostingTopicView.class, new RouteParameters("slug", "domestic-abuse"));
        assertThat(h1()).isEqualTo("Cam-drin domestig");
        assertThat(_find(Div.class, s -> s.withId("english-only"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("how-to-contact")).getText()).startsWith("Byw Heb Ofn (Cymru): 0808 80 10 800")
                .contains("999");
    }
}
