package org.childmaintenance.options.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.OptionsService;
import org.childmaintenance.options.ParentRole;
import org.childmaintenance.options.WhereYouLive;
import org.childmaintenance.options.ui.OptionsJourney.Choice;
import org.childmaintenance.options.ui.OptionsJourney.Safety;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OptionsJourneyTest extends KaribuTest {

    @BeforeEach
    void start() {
        UI.getCurrent().navigate(OptionsStartView.class);
    }

    @Test
    void start_page_leads_to_the_first_question_and_every_page_has_the_exit_control() {
        assertThat(h1()).isEqualTo("What are my child maintenance options?");
        _get(Anchor.class, s -> s.withId("safety-exit"));
        UI.getCurrent().navigate(WhereYouLiveView.class);
        assertThat(h1()).isEqualTo("Where do you live?");
        _get(Anchor.class, s -> s.withId("safety-exit"));
        _get(com.vaadin.flow.router.RouterLink.class, s -> s.withId("back-link"));
    }

    @Test
    void continuing_without_an_answer_shows_the_error_at_the_question_and_in_the_summary() {
        UI.getCurrent().navigate(WhereYouLiveView.class);
        click("continue");
        assertThat(errorOf("answer")).isEqualTo("Select where you live");
        assertThat(summaryMessages()).containsExactly("Select where you live");
        assertThat(title()).startsWith("Error: Where do you live?");
    }

    @Test
    void northern_ireland_ends_at_child_maintenance_choices() {
        UI.getCurrent().navigate(WhereYouLiveView.class);
        type("answer", WhereYouLive.NORTHERN_IRELAND);
        click("continue");
        assertThat(h1()).isEqualTo("Use Child Maintenance Choices in Northern Ireland");
    }

    @Test
    void living_abroad_without_a_uk_employer_cannot_use_the_service() {
        UI.getCurrent().navigate(WhereYouLiveView.class);
        type("answer", WhereYouLive.ELSEWHERE);
        click("continue");
        assertThat(h1()).isEqualTo("Do you work for one of these employers?");
        type("answer", Answer.NO);
        click("continue");
        assertThat(h1()).isEqualTo("You cannot use the Child Maintenance Service");
    }

    @Test
    void a_recent_court_order_stops_an_application() {
        answerUpToCourtOrder();
        type("answer", Answer.YES);
        click("continue");
        assertThat(h1()).isEqualTo("You cannot apply to the Child Maintenance Service yet");
    }

    @Test
    void a_page_opened_out_of_order_goes_back_to_the_start() {
        UI.getCurrent().navigate(CourtOrderView.class);
        assertThat(h1()).isEqualTo("What are my child maintenance options?");
    }

    @Test
    void choosing_the_service_issues_a_reference_number_shown_on_a_confirmation_panel() {
        answerUpToCourtOrder();
        type("answer", Answer.NO);
        click("continue");
        type("answer", Answer.YES);
        click("continue");
        assertThat(h1()).isEqualTo("Are you worried about your safety or the children’s safety?");
        type("answer", Safety.NO);
        click("continue");
        assertThat(h1()).isEqualTo("How do you want to arrange child maintenance?");
        String page = _get(ChoicesView.class).getElement().getOuterHTML();
        assertThat(page).contains("£120", "£96", "20%", "4%", "£300", "£200");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("enforcement-fees"))
                .getElement().getOuterHTML()).contains("£50", "£200", "£300");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select how you want to arrange child maintenance");

        type("answer", Choice.STATUTORY_SERVICE);
        click("continue");
        assertThat(h1()).isEqualTo("Your reference number");
        String reference = _get(Span.class, s -> s.withId("reference-number")).getText();
        assertThat(reference).matches("(85|95|96)\\d{7}");
        assertThat(ctx.getBean(OptionsService.class).isIssuedReference(reference)).isTrue();

        // Going back and choosing again does not issue a second number.
        UI.getCurrent().navigate(ChoicesView.class);
        click("continue");
        assertThat(_get(Span.class, s -> s.withId("reference-number")).getText()).isEqualTo(reference);
        assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from pre_application_reference where reference = ?", Integer.class, reference)).isEqualTo(1);
    }

    @Test
    void a_safety_answer_leads_to_support_and_steers_to_options_without_contact() {
        answerUpToCourtOrder();
        type("answer", Answer.NO);
        click("continue");
        type("answer", Answer.YES);
        click("continue");
        type("answer", Safety.YES);
        click("continue");

        assertThat(h1()).isEqualTo("Help if you are affected by domestic abuse");
        String support = _get(SupportView.class).getElement().getOuterHTML();
        assertThat(support).contains("0808 2000 247", "999", "You do not need to be in contact with the other parent");
        _get(Anchor.class, s -> s.withId("safety-exit"));
        click("continue");

        assertThat(h1()).isEqualTo("How do you want to arrange child maintenance?");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Choice> radios = (RadioButtonGroup<Choice>) org.childmaintenance.support.Ui.byId("answer");
        assertThat(radios.getListDataView().getItems().toList()).first().isEqualTo(Choice.STATUTORY_SERVICE);
        assertThat(_get(ChoicesView.class).getElement().getOuterHTML())
                .contains("You told us you are worried about your safety");
    }

    @Test
    void the_safety_answer_is_never_stored() {
        a_safety_answer_leads_to_support_and_steers_to_options_without_contact();
        type("answer", Choice.STATUTORY_SERVICE);
        click("continue");
        String reference = _get(Span.class, s -> s.withId("reference-number")).getText();
        var row = ctx.getBean(JdbcTemplate.class).queryForMap(
                "select * from pre_application_reference where reference = ?", reference);
        assertThat(row.keySet()).noneMatch(column -> column.toLowerCase().contains("safe") || column.toLowerCase().contains("abuse"));
        assertThat(row.values().toString()).doesNotContain("YES");
    }

    private void answerUpToCourtOrder() {
        UI.getCurrent().navigate(WhereYouLiveView.class);
        type("answer", WhereYouLive.GREAT_BRITAIN);
        click("continue");
        assertThat(h1()).isEqualTo("Does the other parent live in the UK?");
        type("answer", Answer.DONT_KNOW);
        click("continue");
        type("answer", ParentRole.RECEIVING);
        click("continue");
        assertThat(h1()).isEqualTo("Has a court made a decision about child maintenance in the last 12 months?");
    }
}
