package org.childmaintenance.options.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.EligibilityAnswers;
import org.childmaintenance.options.OptionsService;
import org.childmaintenance.options.ParentRole;
import org.childmaintenance.options.WhereYouLive;
import org.childmaintenance.options.ui.OptionsJourney.Choice;
import org.childmaintenance.options.ui.OptionsJourney.Safety;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** "Apply now" after the options journey opens the application with the reference number already filled in. */
class ApplyNowCarriesReferenceTest extends KaribuTest {

    private static void open(String href) {
        String[] parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1 ? QueryParameters.fromString(parts[1]) : QueryParameters.empty());
    }

    @Test
    void apply_now_fills_in_the_reference_so_the_parent_does_not_type_it_again() {
        signInAs(ctx.getBean(CaseFixtures.class).newParent("reference-carried"));
        UI.getCurrent().navigate(WhereYouLiveView.class);
        type("answer", WhereYouLive.GREAT_BRITAIN);
        click("continue");
        type("answer", Answer.DONT_KNOW);
        click("continue");
        type("answer", ParentRole.RECEIVING);
        click("continue");
        type("answer", Answer.NO);
        click("continue");
        type("answer", Answer.YES);
        click("continue");
        type("answer", Safety.NO);
        click("continue");
        type("answer", Choice.STATUTORY_SERVICE);
        click("continue");
        String reference = _get(Span.class, s -> s.withId("reference-number")).getText();

        open(_get(Anchor.class, a -> a.withId("apply-now")).getHref());
        assertThat(h1()).isEqualTo("Apply for child maintenance");
        open(_get(Anchor.class, a -> a.withId("start-now")).getHref());
        assertThat(_get(TextField.class, f -> f.withId("q-reference")).getValue()).isEqualTo(reference);

        click("continue");
        assertThat(ctx.getBean(CaseService.class).myDraft().getPreApplicationReference()).isEqualTo(reference);
    }

    @Test
    void a_reference_already_in_the_draft_is_not_replaced() {
        signInAs(ctx.getBean(CaseFixtures.class).newParent("reference-kept"));
        String typed = ctx.getBean(OptionsService.class).issueReference(new EligibilityAnswers(WhereYouLive.GREAT_BRITAIN,
                null, Answer.YES, null, ParentRole.RECEIVING, Answer.NO, Answer.YES));
        open("apply/reference");
        type("q-reference", typed);
        click("continue");
        assertThat(ctx.getBean(CaseService.class).myDraft().getPreApplicationReference()).isEqualTo(typed);

        open("apply/reference?reference=869999999");
        assertThat(_get(TextField.class, f -> f.withId("q-reference")).getValue()).isEqualTo(typed);
    }

    @Test
    void anything_but_digits_in_the_address_is_not_shown() {
        signInAs(ctx.getBean(CaseFixtures.class).newParent("reference-junk"));
        open("apply/reference?reference=%3Cscript%3E");
        assertThat(_get(TextField.class, f -> f.withId("q-reference")).getValue()).isEmpty();
    }
}
