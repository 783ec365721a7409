package org.childmaintenance.options.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import java.util.UUID;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.options.SignpostingService;
import org.childmaintenance.options.SignpostingService.Topic;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class SignpostingViewTest extends KaribuTest {

    @Test
    void all_topics_are_seeded_from_the_data_files() {
        assertThat(ctx.getBean(SignpostingService.class).topics()).extracting(Topic::slug).contains("money-and-debt",
                "housing", "childrens-arrangements", "legal-help-and-mediation", "domestic-abuse", "emotional-support",
                "benefits", "work");
    }

    @Test
    void the_finder_needs_a_tick_and_then_lists_the_chosen_topics() {
        UI.getCurrent().navigate(SignpostingFinderView.class);
        assertThat(h1()).isEqualTo("What do you need help with?");
        _get(Anchor.class, s -> s.withId("safety-exit"));
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select at least one thing you need help with");

        @SuppressWarnings("unchecked")
        CheckboxGroup<Topic> topics = (CheckboxGroup<Topic>) org.childmaintenance.support.Ui.byId("topics");
        Set<Topic> chosen = Set.copyOf(topics.getListDataView().getItems()
                .filter(t -> t.slug().equals("housing") || t.slug().equals("domestic-abuse")).toList());
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(topics, chosen);
        click("continue");

        assertThat(h1()).isEqualTo("Help for you");
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("read-domestic-abuse")));
        assertThat(h1()).isEqualTo("Domestic abuse");
        assertThat(_get(Paragraph.class, s -> s.withId("how-to-contact")).getText()).contains("0808 2000 247");
        assertThat(_get(Paragraph.class, s -> s.withId("topic-source")).getElement().getOuterHTML())
                .contains("https://www.gov.uk/guidance/domestic-abuse-how-to-get-help", "Last reviewed");
        _get(Anchor.class, s -> s.withId("safety-exit"));
    }

    @Test
    void a_caseworker_edit_is_validated_published_and_audited() {
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(SignpostingEditView.class, new RouteParameters("slug", "work"));
        assertThat(h1()).startsWith("Edit:");

        type("title", " ");
        type("source-url", "http://not-secure.example");
        MemorableDateField reviewed = (MemorableDateField) org.childmaintenance.support.Ui.byId("last-reviewed");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(reviewed.yearField(), "3000");
        click("save");
        assertThat(summaryMessages()).containsExactly("Enter a title", "Enter a web address starting https://",
                "The review date must be today or in the past");
        assertThat(errorOf("title")).isEqualTo("Enter a title");

        String summary = "Work and childcare help " + UUID.randomUUID().toString().substring(0, 6);
        type("title", "Work");
        type("summary", summary);
        type("source-url", "https://www.gov.uk/flexible-working");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(reviewed.yearField(), "2026");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(reviewed.monthField(), "1");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(reviewed.dayField(), "5");
        click("save");
        assertThat(summaryMessages()).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("history")).getElement().getOuterHTML())
                .contains("Signposting topic edited", "caseworker@example.com");

        assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from audit_entry where action = 'SIGNPOSTING_TOPIC_EDITED' and subject_id = 'work' and detail like ?",
                Integer.class, "%summary%")).isGreaterThanOrEqualTo(1);

        UI.getCurrent().navigate(SignpostingTopicView.class, new RouteParameters("slug", "work"));
        assertThat(_get(Paragraph.class, s -> s.withClasses("lead")).getText()).isEqualTo(summary);
    }

    @Test
    void a_parent_cannot_edit_signposting() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(SignpostingAdminView.class);
        assertThat(h1()).isEqualTo("You cannot see this page");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.getBean(SignpostingService.class).update("work",
                new SignpostingService.TopicEdit("x", "x", "x", "x", "x", "x", "https://x.example", java.time.LocalDate.now(), 0, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
