package org.childmaintenance.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.IncomeType;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * A date question's error shows once, on the date (above its three boxes), not again squeezed
 * under the Day box; the summary link goes to the first wrong box.
 */
class DateQuestionErrorTest extends KaribuTest {
    private static final String QUESTION = "When did this change happen?";

    private void toHappenedOnQuestion() {
        CaseFixtures fx = ctx.getBean(CaseFixtures.class);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ash", LocalDate.now().minusYears(9))),
                ServiceType.DIRECT_PAY);
        fx.signIn(c.payingEmail());
        ctx.getBean(CaseService.class).givePayingDetails(c.caseId(), CaseFixtures.employed("450", IncomeFrequency.WEEKLY,
                PaymentFrequency.WEEKLY, fx.nights(c.caseId())));
        UI.getCurrent().navigate("report-a-change/" + c.caseId() + "/" + ChangeKind.INCOME.slug());
        // Answer the income questions before it: employed, £500 a week.
        for (int i = 0; i < 8 && !h1().equals(QUESTION); i++) {
            answerIfShown("q-incomeType", IncomeType.EMPLOYED);
            answerIfShown("q-incomeAmount", "500");
            answerIfShown("q-incomeFrequency", IncomeFrequency.WEEKLY);
            answerIfShown("q-employer", "Acme Ltd");
            click("continue");
        }
        assertThat(h1()).isEqualTo(QUESTION);
    }

    private static void answerIfShown(String id, Object value) {
        if (!_find(Component.class, spec -> spec.withId(id)).isEmpty()) {
            type(id, value);
        }
    }

    /** Every component on the page that shows this message as a field error. */
    private static List<Component> showing(String message) {
        return _find(Component.class).stream()
                .filter(c -> c instanceof HasValidation v && v.isInvalid() && message.equals(v.getErrorMessage()))
                .toList();
    }

    private static TextField part(String id) {
        return LocatorJ._get(TextField.class, s -> s.withId(id));
    }

    @Test
    void a_missing_date_shows_its_message_once_and_marks_all_three_boxes() {
        toHappenedOnQuestion();
        click("continue");

        String message = "Enter the date the change happened";
        assertThat(summaryMessages()).containsExactly(message);
        assertThat(errorOf("q-happenedOn")).isEqualTo(message);
        assertThat(showing(message)).hasSize(1);
        for (String p : new String[] {"day", "month", "year"}) {
            TextField box = part("q-happenedOn-" + p);
            assertThat(box.isInvalid()).as(p + " marked").isTrue();
            assertThat(box.getErrorMessage()).as(p + " has no message of its own").isNullOrEmpty();
        }
        Anchor link = LocatorJ._get(Anchor.class, spec -> spec.withText(message));
        assertThat(link.getHref()).isEqualTo("#q-happenedOn-day");
    }

    @Test
    void a_date_that_is_not_real_marks_only_the_wrong_part_and_says_so_once() {
        toHappenedOnQuestion();
        type("q-happenedOn-day", "1");
        type("q-happenedOn-month", "2");
        type("q-happenedOn-year", "24");
        click("continue");

        String message = "Year must include 4 numbers";
        assertThat(summaryMessages()).containsExactly(message);
        assertThat(showing(message)).hasSize(1);
        assertThat(part("q-happenedOn-day").isInvalid()).isFalse();
        assertThat(part("q-happenedOn-month").isInvalid()).isFalse();
        assertThat(part("q-happenedOn-year").isInvalid()).isTrue();
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withText(message)).getHref()).isEqualTo("#q-happenedOn-year");
    }
}
