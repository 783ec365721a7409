package org.childmaintenance.legacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.legacy.LegacyRows;
import org.childmaintenance.legacy.LegacyTestCases;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.ledger.ui.CasePaymentsView;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LegacyViewsTest extends KaribuTest {
    @Autowired LegacyTestCases legacy;
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;

    private static String html(String id) {
        return byId(id).getElement().getOuterHTML();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void the_demo_paying_parent_sees_the_ended_case_and_both_payments_pages_show_old_scheme_arrears_apart() {
        signInAs("other.parent@example.com");
        UI.getCurrent().navigate(OldSchemeCaseView.class);
        assertThat(h1()).isEqualTo("Your old-scheme case");
        assertThat(html("legacy-status")).contains("This case ended on");
        assertThat(html("legacy-summary")).contains("CS2003-418270", "2003 scheme", "Pay child maintenance", "Alex Morgan",
                "£52.00", "£1,240.00 – now collected with case 121000000001");
        assertThat(_find(Anchor.class, s -> s.withId("payments-link"))).hasSize(1);

        long demoCase = cases.myCases().stream().filter(c -> c.reference().equals("121000000001")).findFirst().orElseThrow().id();
        UI.getCurrent().navigate(CasePaymentsView.class, new RouteParameters("caseId", Long.toString(demoCase)));
        assertThat(html("legacy-arrears")).contains("CS2003-418270", "You still owe", "£1,240.00");
        assertThat(html("payments-summary")).as("new-scheme arrears stay on their own line").doesNotContain("1,240.00");

        signInAs("parent@example.com");
        UI.getCurrent().navigate(CasePaymentsView.class, new RouteParameters("caseId", Long.toString(demoCase)));
        assertThat(html("legacy-arrears")).contains("Still owed to you", "£1,240.00");
        UI.getCurrent().navigate(OldSchemeCaseView.class);
        assertThat(html("new-case-start")).contains("You applied: case 121000000001");
    }

    @Test
    void a_parent_with_a_closing_case_chooses_to_apply_and_sees_when_the_new_case_starts() {
        String parent = fx.newParent("legacy-ui");
        LocalDate end = LocalDate.now().plusMonths(7);
        String reference = legacy.closing("", parent, "45.00", "0.00", end);
        signInAs(parent);
        UI.getCurrent().navigate(OldSchemeCaseView.class);
        assertThat(html("legacy-status")).contains("This case will end on " + LegacyUiDates.date(end));
        assertThat(html("legacy-summary")).contains(reference, "Receive child maintenance", "Pat Payer", "£45.00");

        UI.getCurrent().navigate("old-scheme-case/" + legacy.idFor(reference) + "/next");
        assertThat(h1()).isEqualTo("What do you want to do when your old-scheme case ends?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select what you want to do when your old-scheme case ends");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: ");

        type("next-step", NextStep.APPLY);
        click("continue");
        assertThat(location()).startsWith("old-scheme-case/").endsWith("?done=apply");
        assertThat(html("done-banner")).contains("Your new case will start on " + LegacyUiDates.date(end.plusDays(1)));
        assertThat(html("new-case-start")).contains(LegacyUiDates.date(end.plusDays(1)), "the day after your old-scheme case ends");
        assertThat(_find(Anchor.class, s -> s.withId("continue-application"))).hasSize(1);
    }

    @Test
    void choosing_a_family_based_arrangement_opens_the_prefilled_builder() {
        String parent = fx.newParent("legacy-ui-fba");
        String reference = legacy.closing(parent, "", "30.00", "0.00", LocalDate.now().plusMonths(8));
        signInAs(parent);
        UI.getCurrent().navigate("old-scheme-case/" + legacy.idFor(reference) + "/next");
        type("next-step", NextStep.FAMILY_ARRANGEMENT);
        click("continue");
        assertThat(location()).matches("arrangement/[0-9]+/about");
    }

    @Test
    void a_parent_without_a_case_finds_it_by_reference_and_date_of_birth_and_errors_keep_what_they_typed() {
        String reference = legacy.closing("", "", "20.00", "0.00", null);
        signInAs(fx.newParent("legacy-ui-find"));
        UI.getCurrent().navigate(OldSchemeCaseView.class);
        assertThat(byId("no-legacy-case").getElement().getText()).contains("We have not found a case");
        _get(RouterLink.class, s -> s.withId("find-legacy-case"));

        UI.getCurrent().navigate(FindOldSchemeCaseView.class);
        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter the reference from our letter", "Enter your date of birth");

        type("reference", reference);
        type("date-of-birth-day", "9");
        type("date-of-birth-month", "7");
        type("date-of-birth-year", "1986");
        click("continue");
        assertThat(summaryMessages()).singleElement().asString().startsWith("We could not find a case");
        assertThat(((com.vaadin.flow.component.textfield.TextField) byId("reference")).getValue()).isEqualTo(reference);

        type("date-of-birth-day", "8");
        click("continue");
        assertThat(location()).isEqualTo("old-scheme-case");
        assertThat(html("legacy-summary")).contains(reference);
        assertThat(html("legacy-status")).contains("We have not set the date it ends yet");
    }

    @Test
    void casework_sees_the_programme_sets_end_dates_per_segment_imports_and_reports() {
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(ClosureProgrammeView.class);
        assertThat(h1()).isEqualTo("Old-scheme case closure");
        assertThat(html("programme-counts")).contains("Nil assessment", "No payments", "Clerical", "Paying", "Enforcement",
                "Notice due", "Reminder sent", "Ended");
        assertThat(html("legacy-cases")).contains("CS2003-418270", "Alex Morgan (online): applying 121000000001");
        assertThat(html("letters-to-post")).contains("Lee Harper");
        assertThat(html("arrears-waiting")).contains("CS2003-660391");

        type("segment", Segment.ENFORCEMENT);
        type("end-date", LocalDate.now().plusMonths(2));
        click("set-end-date");
        assertThat(summaryMessages()).containsExactly(
                "The liability end date must be at least 6 months from today, so the notice reaches parents in time");

        UI.getCurrent().navigate(LegacyImportView.class);
        assertThat(html("import-columns")).contains("legacy_reference", "arrears_balance", "enforcement");
        String good = LegacyRows.reference();
        UploadKt._upload(_get(Upload.class), "cases.csv", "text/csv", LegacyRows.file(
                LegacyRows.paying(good, "", "", "12.00", "0.00"), LegacyRows.paying(LegacyRows.reference(), "", "", "x", "0.00"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(html("import-report")).contains("Nothing was imported: some rows are wrong");
        assertThat(html("import-problems")).contains(">3</th>", "weekly_amount", "The amount must be in pounds and pence");
        UploadKt._upload(_get(Upload.class), "cases.csv", "text/csv", LegacyRows.file(LegacyRows.paying(good, "", "", "12.00",
                "0.00")).getBytes(StandardCharsets.UTF_8));
        assertThat(html("import-report")).contains("Cases imported");

        UI.getCurrent().navigate(LegacyArrearsReportView.class);
        assertThat(html("legacy-arrears-report")).contains("121000000001", "CS2003-418270", "£1,240.00");
    }

    @Test
    void parents_cannot_open_the_casework_pages() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(ClosureProgrammeView.class);
        _get(AccessDeniedView.class);
        UI.getCurrent().navigate(LegacyImportView.class);
        _get(AccessDeniedView.class);
    }
}
