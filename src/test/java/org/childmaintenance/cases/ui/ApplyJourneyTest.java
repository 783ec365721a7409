package org.childmaintenance.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.cases.ApplicantType;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application journey page by page: every validation error, stops, resume, change from check answers. */
class ApplyJourneyTest extends KaribuTest {
    private String applicant;

    @BeforeEach
    void signInApplicant() {
        applicant = ctx.getBean(CaseFixtures.class).newParent("applicant");
        signInAs(applicant);
    }

    private void page(String slug) {
        String[] parts = slug.split("\\?");
        UI.getCurrent().navigate("apply/" + parts[0], parts.length > 1
                ? com.vaadin.flow.router.QueryParameters.fromString(parts[1]) : com.vaadin.flow.router.QueryParameters.empty());
    }

    private void emptyContinueShows(String field, String message) {
        click("continue");
        assertThat(summaryMessages()).contains(message);
        assertThat(errorOf(field)).isEqualTo(message);
        assertThat(title()).startsWith("Error: ");
    }

    private void date(String field, String d, String m, String y) {
        type(field + "-day", d);
        type(field + "-month", m);
        type(field + "-year", y);
    }

    @Test
    void every_page_checks_its_answer_and_the_whole_journey_sends_the_application() {
        UI.getCurrent().navigate(ApplyStartView.class);
        assertThat(h1()).isEqualTo("Apply for child maintenance");

        page("reference");
        assertThat(LocatorJ._get(ApplyQuestionView.class)).isInstanceOf(SafetySensitive.class);
        emptyContinueShows("q-reference", "Enter your reference number");
        type("q-reference", "123456789");
        emptyContinueShows("q-reference", "Reference number must be 9 digits and start with 85, 95 or 96");
        assertThat(((com.vaadin.flow.component.textfield.TextField) org.childmaintenance.support.Ui.byId("q-reference")).getValue())
                .isEqualTo("123456789");
        type("q-reference", "950 123 456");
        click("continue");

        assertThat(h1()).isEqualTo("Which of these describes you?");
        emptyContinueShows("q-applicantType", "Select which of these describes you");
        type("q-applicantType", ApplicantType.RECEIVING_PARENT);
        click("continue");

        assertThat(h1()).isEqualTo("Have you experienced or seen domestic abuse from the other parent?");
        emptyContinueShows("q-domesticAbuse", "Select yes if you have experienced or seen domestic abuse from the other parent");
        type("q-domesticAbuse", false);
        click("continue");

        emptyContinueShows("q-notSafeToShare", "Select yes if it would be unsafe for the other parent to know where you live");
        type("q-notSafeToShare", false);
        click("continue");

        assertThat(h1()).isEqualTo("What is your address?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter your address", "Enter a postcode");
        type("q-address", "1 High Street\nLeeds");
        type("q-postcode", "NOT A CODE");
        emptyContinueShows("q-postcode", "Enter a real postcode, like SW1A 1AA");
        type("q-postcode", "ls1 4ab");
        click("continue");

        type("q-phone", "12");
        emptyContinueShows("q-phone", "Enter a phone number, like 07700 900 982 or 01632 960 001");
        type("q-phone", "");
        click("continue");

        emptyContinueShows("q-otherName", "Enter the other parent's full name");
        type("q-otherName", "Robin Other");
        click("continue");

        emptyContinueShows("q-otherDateOfBirth", "Enter the other parent's date of birth, or tick \"I do not know\"");
        date("q-otherDateOfBirth", "31", "2", "1980");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Date must be a real date");
        date("q-otherDateOfBirth", "", "", "");
        type("q-otherDateOfBirthUnknown", true);
        click("continue");

        emptyContinueShows("q-otherAddressKnown", "Select yes if you know the other parent's address");
        type("q-otherAddressKnown", true);
        emptyContinueShows("q-otherAddress", "Enter the other parent's last known address");
        type("q-otherAddress", "5 Low Road\nYork");
        click("continue");

        type("q-otherNiNumber", "AB12");
        emptyContinueShows("q-otherNiNumber", "Enter a National Insurance number in the correct format, like QQ 12 34 56 C");
        type("q-otherNiNumber", "ab 12 34 56 c");
        click("continue");

        click("continue"); // employer is optional

        type("q-otherEmail", "not-an-email");
        emptyContinueShows("q-otherEmail", "Enter an email address in the correct format, like name@example.com");
        type("q-otherEmail", "");
        click("continue");

        emptyContinueShows("q-childName", "Enter the child's full name");
        String child = CaseFixtures.kid("Sky", LocalDate.now()).name();
        type("q-childName", child);
        click("continue");

        assertThat(h1()).isEqualTo("What is " + child + "'s date of birth?");
        emptyContinueShows("q-childDateOfBirth", "Enter the child's date of birth");
        LocalDate future = LocalDate.now().plusDays(3);
        date("q-childDateOfBirth", "" + future.getDayOfMonth(), "" + future.getMonthValue(), "" + future.getYear());
        emptyContinueShows("q-childDateOfBirth", "The child's date of birth must be today or in the past");
        LocalDate seventeen = LocalDate.now().minusYears(17);
        date("q-childDateOfBirth", "" + seventeen.getDayOfMonth(), "" + seventeen.getMonthValue(), "" + seventeen.getYear());
        click("continue");

        assertThat(h1()).startsWith("Is " + child + " in full-time education");
        emptyContinueShows("q-childInEducation", "Select yes if the child is in full-time education or approved training");
        type("q-childInEducation", true);
        click("continue");

        emptyContinueShows("q-moreChildren", "Select yes if you need to add another child");
        type("q-moreChildren", false);
        click("continue");

        emptyContinueShows("q-allInUk", "Select yes if you, the other parent and the children all live in the UK");
        type("q-allInUk", true);
        click("continue");

        emptyContinueShows("q-serviceType", "Select how you want payments to be made");
        type("q-serviceType", ServiceType.DIRECT_PAY);
        click("continue");

        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter the name on the account", "Enter a sort code", "Enter an account number");
        type("q-bankAccountName", "R APPLICANT");
        type("q-sortCode", "30-96");
        type("q-accountNumber", "1234");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter a valid sort code like 309430", "Enter a valid account number like 00733445");
        type("q-sortCode", "30-96-34");
        type("q-accountNumber", "12345678");
        click("continue");

        LocatorJ._get(ApplyCheckView.class);
        assertThat(h1()).isEqualTo("Check your answers before sending your application");
        click("confirm-and-send");

        LocatorJ._get(ApplySentView.class);
        assertThat(h1()).isEqualTo("Application sent");
        assertThat(LocatorJ._get(Span.class, s -> s.withId("case-reference")).getText()).matches("121\\d{9}");
    }

    @Test
    void answers_are_kept_after_signing_out_and_change_returns_to_check_answers() {
        page("reference");
        type("q-reference", "850000001");
        click("continue");
        type("q-applicantType", ApplicantType.GRANDPARENT);
        click("continue");

        signInAs(applicant); // a new session: the draft is in the database
        UI.getCurrent().navigate(ApplyStartView.class);
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("start-now")).getHref())
                .isEqualTo("apply/domestic-abuse");
        page("who");
        assertThat(org.childmaintenance.support.Ui.byId("q-applicantType"))
                .satisfies(c -> assertThat(((com.vaadin.flow.component.HasValue<?, ?>) c).getValue()).isEqualTo(ApplicantType.GRANDPARENT));

        page("reference?return=check");
        assertThat(((com.vaadin.flow.component.textfield.TextField) org.childmaintenance.support.Ui.byId("q-reference")).getValue())
                .isEqualTo("850000001");
        type("q-reference", "960000001");
        click("continue");
        // not everything is answered yet, so it goes on to the first unanswered page
        assertThat(h1()).isEqualTo("Have you experienced or seen domestic abuse from the other parent?");
    }

    @Test
    void safety_answers_take_direct_pay_away() {
        page("domestic-abuse");
        type("q-domesticAbuse", true);
        click("continue");
        page("payments");
        assertThat(LocatorJ._get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, s -> s.withId("q-serviceType"))
                .getListDataView().getItems().toList()).containsExactly(ServiceType.COLLECT_AND_PAY);
    }

    @Test
    void a_child_aged_20_or_not_in_education_and_living_abroad_stop_the_application_on_their_own_page() {
        page("child-name?child=0");
        type("q-childName", "Old Child");
        click("continue");
        LocalDate twenty = LocalDate.now().minusYears(20).minusDays(1);
        date("q-childDateOfBirth", "" + twenty.getDayOfMonth(), "" + twenty.getMonthValue(), "" + twenty.getYear());
        click("continue");
        assertThat(h1()).isEqualTo("You cannot include Old Child");
        click("remove-child");
        assertThat(h1()).isEqualTo("What is the full name of the child?");

        page("live-in-uk");
        type("q-allInUk", false);
        click("continue");
        assertThat(h1()).isEqualTo("You cannot apply online");
    }
}
