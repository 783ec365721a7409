package org.childmaintenance.calculation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import org.childmaintenance.calculation.EstimateAnswers.BenefitAnswer;
import org.childmaintenance.calculation.EstimateAnswers.CareBand;
import org.childmaintenance.calculation.EstimateAnswers.IncomePeriod;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;
import org.childmaintenance.support.EnglishNarration;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EstimateViewTest extends KaribuTest {

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(EstimateView.class);
    }

    private String text(String id) {
        return byId(id).getElement().getText();
    }

    /** Answers the income question (skipped for benefits), then children, nights and other children; no other children. */
    private void estimate(BenefitAnswer benefit, String income, IncomePeriod period, CareBand... care) {
        type("benefit", benefit);
        click("continue");
        if (benefit == BenefitAnswer.NONE) {
            type("income", income);
            type("period", period);
            click("continue");
        }
        type("children", Integer.toString(care.length));
        click("continue");
        for (int i = 0; i < care.length; i++) {
            type("care-" + (i + 1), care[i]);
        }
        click("continue");
        type("other-children", 0);
        type("other-arrangements", 0);
        click("calculate");
    }

    @Test
    void weekly_income_two_children_no_shared_care_gives_vector_cv10() {
        estimate(BenefitAnswer.NONE, "450", IncomePeriod.WEEK, CareBand.UNDER_52, CareBand.UNDER_52);

        assertThat(h1()).isEqualTo("Your child maintenance estimate");
        assertThat(text("weekly-amount")).isEqualTo("£72.00 a week");
        assertThat(text("monthly-amount")).isEqualTo("This is about £312.00 a month");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Basic rate");
    }

    @Test
    void shared_care_of_52_nights_reduces_by_one_seventh_as_in_cv26() {
        estimate(BenefitAnswer.NONE, "£600.00", IncomePeriod.WEEK, CareBand.FROM_52);

        assertThat(text("weekly-amount")).isEqualTo("£61.71 a week");
    }

    @Test
    void benefits_skip_the_income_question_and_give_the_flat_rate() {
        type("benefit", BenefitAnswer.OTHER_BENEFIT_OR_PENSION);
        click("continue");
        assertThat(h1()).isEqualTo("How many children is the child maintenance for?");
        type("children", "2");
        click("continue");
        type("care-1", CareBand.UNDER_52);
        type("care-2", CareBand.UNDER_52);
        click("continue");
        type("other-children", 0);
        type("other-arrangements", 0);
        click("calculate");

        assertThat(text("weekly-amount")).isEqualTo("£7.00 a week");
    }

    @Test
    void each_question_explains_what_is_missing_and_keeps_what_was_typed() {
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select whether the paying parent gets any benefits or a State Pension");
        assertThat(title()).startsWith("Error: ");

        type("benefit", BenefitAnswer.NONE);
        click("continue");
        type("income", "12,50.x");
        click("continue");
        assertThat(errorOf("income")).isEqualTo("Income must be an amount of money, like 450 or 1,250.50");
        assertThat(errorOf("period")).isEqualTo("Select whether the income is a week, a month or a year");
        assertThat(((TextField) byId("income")).getValue()).isEqualTo("12,50.x");

        type("income", "2000");
        type("period", IncomePeriod.MONTH);
        click("continue");
        type("children", "0");
        click("continue");
        assertThat(errorOf("children")).isEqualTo("Number of children must be a whole number from 1 to 20");

        click("back");
        assertThat(((TextField) byId("income")).getValue()).isEqualTo("2000");
    }

    @Test
    void equal_care_for_every_child_means_no_paying_parent() {
        estimate(BenefitAnswer.NONE, "30000", IncomePeriod.YEAR, CareBand.EQUAL);

        assertThat(h1()).isEqualTo("No child maintenance is payable");
    }

    @Test
    void in_welsh_the_breakdown_explains_every_step_in_welsh() {
        reloadPage(LanguageChoice.cookie(Language.WELSH, true));
        UI.getCurrent().navigate(EstimateView.class);
        // Basic rate with shared care: £450 a week, two children, one of them 52 nights a year with the paying parent.
        estimate(BenefitAnswer.NONE, "450", IncomePeriod.WEEK, CareBand.FROM_52, CareBand.UNDER_52);

        assertThat(h1()).isEqualTo("Eich amcangyfrif cynhaliaeth plant");
        String breakdown = byId("breakdown").getElement().getTextRecursively();
        assertThat(breakdown).contains("Incwm wythnosol gros y rhiant sy'n talu yw £450.00.",
                "Y gyfradd sylfaenol ar gyfer 2 o blant yw 16% o £450.00 = £72.00.",
                "Gofal a rennir", "i'r geiniog agosaf", "Rheol: Atodlen 1 para 2(1)");
        assertThat(EnglishNarration.in(breakdown)).as("English phrases in the Welsh breakdown:\n" + breakdown).isEmpty();
    }
}
