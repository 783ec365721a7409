package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A date question's error in a real browser: one message, under the hint and above the Day, Month
 * and Year boxes (GOV.UK date input), nothing squeezed under the Day box. Screenshot
 * {@code target/screenshots/date-error.png}.
 */
class DateErrorBrowserTest extends BrowserTestBase {
    private static final String QUESTION = "When did this change happen?";
    private static final String MESSAGE = "Enter the date the change happened";

    @Autowired
    CaseFixtures fixtures;
    @Autowired
    CaseService cases;

    @Test
    void a_missing_date_shows_one_message_above_the_three_boxes() {
        CaseFixtures.Linked c = fixtures.linkedCase(List.of(CaseFixtures.kid("Ash", LocalDate.now().minusYears(9))),
                ServiceType.DIRECT_PAY);
        fixtures.signIn(c.payingEmail());
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("450", IncomeFrequency.WEEKLY,
                PaymentFrequency.WEEKLY, fixtures.nights(c.caseId())));
        SecurityContextHolder.clearContext();

        open("/sign-in");
        page.locator("#email input").fill(c.payingEmail());
        page.locator("#password input").fill(CaseFixtures.PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();

        open("/report-a-change/" + c.caseId() + "/" + ChangeKind.INCOME.slug());
        for (int i = 0; i < 8 && !h1().equals(QUESTION); i++) {
            radioIfShown("q-incomeType", "I work for an employer");
            fillIfShown("q-incomeAmount", "500");
            radioIfShown("q-incomeFrequency", "a week");
            fillIfShown("q-employer", "Acme Ltd");
            page.locator("#continue").click();
            waitForVaadin();
        }
        assertThat(h1()).isEqualTo(QUESTION);
        page.locator("#continue").click();
        waitForVaadin();
        screenshot("date-error.png");

        assertThat(page.locator(".error-summary").innerText()).contains(MESSAGE);
        Locator date = page.locator("#q-happenedOn");
        Locator message = date.locator("> [slot=error-message]");
        assertThat(message.count()).isEqualTo(1);
        assertThat(message.innerText().trim()).isEqualTo(MESSAGE);
        for (String part : new String[] {"day", "month", "year"}) {
            Locator box = page.locator("#q-happenedOn-" + part);
            assertThat(box.getAttribute("invalid")).as(part + " marked").isNotNull();
            Locator own = box.locator("> [slot=error-message]");
            assertThat(own.count() == 0 || own.innerText().isBlank()).as(part + " has no message of its own").isTrue();
        }
        BoundingBox text = message.boundingBox();
        BoundingBox day = page.locator("#q-happenedOn-day").boundingBox();
        assertThat(text.y + text.height).as("message above the boxes").isLessThanOrEqualTo(day.y);
        checkPage("report a change: date (error)", "date-error-checked");
        reportProblems();
    }

    private void fillIfShown(String id, String value) {
        if (page.locator("#" + id).count() > 0) {
            page.locator("#" + id + " input").fill(value);
        }
    }

    private void radioIfShown(String id, String label) {
        Locator option = page.locator("#" + id + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label));
        if (option.count() > 0) {
            option.first().click();
        }
    }
}
