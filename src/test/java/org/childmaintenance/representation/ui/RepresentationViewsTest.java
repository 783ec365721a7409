package org.childmaintenance.representation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.cases.ui.MyCaseView;
import org.childmaintenance.cases.ui.ReportChangeView;
import org.childmaintenance.representation.RepresentationScope;
import org.childmaintenance.representation.RepresentationService;
import org.childmaintenance.representation.RepsFixture;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** Nominating, accepting, confirming and withdrawing on the pages, with each error; the representative's banner. */
class RepresentationViewsTest extends KaribuTest {

    private RepsFixture fx() {
        return ctx.getBean(RepsFixture.class);
    }

    private RepresentationService reps() {
        return ctx.getBean(RepresentationService.class);
    }

    private static String text(String id) {
        return byId(id).getElement().getTextRecursively();
    }

    @Test
    void nominating_shows_each_error_next_to_its_field_and_sends_nothing() {
        RepsFixture.Setup s = fx().decidedCaseAndRep();
        signInAs(s.parentEmail());
        UI.getCurrent().navigate(NominateView.class);
        assertThat(h1()).isEqualTo("Ask someone to manage your case");
        click("send-nomination");
        assertThat(summaryMessages()).containsExactly("Enter their full name", "Enter their email address",
                "Select what they can do for you");
        assertThat(errorOf("email")).isEqualTo("Enter their email address");
        assertThat(title()).startsWith("Error: ");

        type("name", "Other Parent");
        type("email", s.otherParentEmail());
        type("scope", RepresentationScope.SEE);
        click("send-nomination");
        assertThat(errorOf("email")).isEqualTo("The other parent in your case cannot manage it for you");

        type("email", "not-an-address");
        type("ends-on-day", "1");
        type("ends-on-month", "1");
        type("ends-on-year", "2020");
        click("send-nomination");
        assertThat(summaryMessages()).containsExactly("Enter an email address in the correct format, like name@example.com",
                "The end date must be in the future");

        type("ends-on-day", "31");
        type("ends-on-month", "2");
        type("ends-on-year", "2030");
        click("send-nomination");
        assertThat(summaryMessages()).containsExactly("Date must be a real date");
        assertThat(reps().myRepresentatives()).isEmpty();
    }

    @Test
    void invite_accept_confirm_then_withdraw_and_the_representative_is_refused_mid_session() {
        RepsFixture.Setup s = fx().decidedCaseAndRep();
        signInAs(s.parentEmail());
        UI.getCurrent().navigate(NominateView.class);
        type("name", s.repName());
        type("email", s.repEmail());
        type("scope", RepresentationScope.REPORT);
        type("ends-on-day", "31");
        type("ends-on-month", "3");
        type("ends-on-year", Integer.toString(LocalDate.now().getYear() + 1));
        click("send-nomination");
        assertThat(text("nomination-sent")).contains(s.repName()).contains(s.repEmail());
        String token = fx().tokenMailedTo(s.repEmail());

        signInAs(s.repEmail());
        UI.getCurrent().navigate("manage-a-case/accept", QueryParameters.of("token", "not-a-token"));
        assertThat(text("accept-problem")).contains("has already been used, has been withdrawn or has expired");
        UI.getCurrent().navigate("manage-a-case/accept", QueryParameters.of("token", token));
        assertThat(text("invitation")).contains("rp Parent").contains("report changes");
        click("accept-invitation");
        assertThat(text("accepted")).contains("rp Parent will now be asked to confirm");
        UI.getCurrent().navigate(MyClientsView.class);
        assertThat(text("clients")).contains("Waiting for the parent to confirm");

        signInAs(s.parentEmail());
        UI.getCurrent().navigate(WhoManagesMyCaseView.class);
        long id = reps().myRepresentatives().getFirst().id();
        assertThat(text("representatives")).contains("Accepted: waiting for you to confirm");
        click("confirm-" + id);
        assertThat(text("reps-done")).isEqualTo(s.repName() + " can now manage your case");
        assertThat(text("representatives")).contains("Can manage your case");

        signInAs(s.repEmail());
        UI.getCurrent().navigate(MyClientsView.class);
        assertThat(text("clients")).contains("rp Parent").contains("Report a change for them");
        UI.getCurrent().navigate("my-case/" + s.caseId());
        assertThat(text("acting-for")).isEqualTo("You are acting for rp Parent \u2014 see and report changes");
        UI.getCurrent().navigate("report-a-change/" + s.caseId());
        _get(ReportChangeView.class);
        assertThat(text("acting-for")).startsWith("You are acting for rp Parent");
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("change-bank"))).isEmpty();
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("change-address"))).hasSize(1);
        UI.getCurrent().navigate("payments/" + s.caseId());
        assertThat(text("acting-for")).startsWith("You are acting for rp Parent");

        UI.getCurrent().navigate("my-case/" + s.caseId()); // the representative is looking at the case…
        _get(MyCaseView.class);
        signInAs(s.parentEmail());
        UI.getCurrent().navigate(WhoManagesMyCaseView.class);
        click("withdraw-" + id);
        assertThat(text("reps-done")).isEqualTo(s.repName() + " can no longer manage your case");

        signInAs(s.repEmail()); // …and their next request is refused
        UI.getCurrent().navigate("report-a-change/" + s.caseId());
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        UI.getCurrent().navigate("my-case/" + s.caseId());
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(h1()).isEqualTo("You cannot see this page");
    }

    @Test
    void a_see_only_representative_gets_no_report_a_change_link_and_the_parent_gets_no_banner() {
        RepsFixture.Setup s = ctx.getBean(RepsFixture.class).active(RepresentationScope.SEE, null);
        signInAs(s.repEmail());
        UI.getCurrent().navigate("my-case/" + s.caseId());
        assertThat(text("acting-for")).isEqualTo("You are acting for rp Parent \u2014 see the case");
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Report a change"))).isEmpty();
        UI.getCurrent().navigate("report-a-change/" + s.caseId());
        assertThat(_find(AccessDeniedView.class)).hasSize(1);

        signInAs(s.parentEmail());
        UI.getCurrent().navigate("my-case/" + s.caseId());
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("acting-for"))).isEmpty();
    }

    @Test
    void a_representative_reads_the_clients_letters_and_the_documents_and_enforcement_pages_say_for_whom() {
        RepsFixture.Setup s = fx().active(RepresentationScope.SEE, null);
        signInAs(s.repEmail());
        var letters = ctx.getBean(org.childmaintenance.documents.DocumentService.class).documents(s.caseId());
        assertThat(letters).as("the client's letters, within the scope").isNotEmpty();
        UI.getCurrent().navigate("documents/" + s.caseId());
        assertThat(text("acting-for")).isEqualTo("You are acting for rp Parent \u2014 see the case");
        assertThat(text("documents")).contains(letters.getFirst().title());
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("look-again-link")))
                .as("asking for a reconsideration is not in the see-only scope").isEmpty();
        UI.getCurrent().navigate("case/" + s.caseId() + "/enforcement");
        assertThat(text("acting-for")).isEqualTo("You are acting for rp Parent \u2014 see the case");

        signInAs(s.parentEmail());
        UI.getCurrent().navigate("documents/" + s.caseId());
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("acting-for"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("look-again-link"))).hasSize(1);
    }

    @Test
    void when_the_end_date_passes_the_pages_refuse_the_representative_and_my_clients_says_access_ended() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        RepsFixture.Setup s = fx().active(RepresentationScope.REPORT, today.plusDays(2));
        signInAs(s.repEmail());
        UI.getCurrent().navigate("my-case/" + s.caseId());
        assertThat(text("acting-for")).startsWith("You are acting for rp Parent");

        clock.advance(java.time.Duration.ofDays(3)); // the day after the end date
        UI.getCurrent().navigate("my-case/" + s.caseId());
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        UI.getCurrent().navigate("documents/" + s.caseId()); // refused by the service: the same page, its own class
        assertThat(_find(org.childmaintenance.base.ui.ServiceAccessDeniedView.class)).hasSize(1);
        assertThat(h1()).isEqualTo("You cannot see this page");
        UI.getCurrent().navigate(MyClientsView.class);
        assertThat(text("clients")).contains("Your access ended on");
    }

    @Test
    void someone_without_a_representative_account_is_sent_to_sign_in_or_register_and_the_invitation_waits_for_them() {
        RepsFixture.Setup s = fx().decidedCaseAndRep();
        String token = fx().nominate(s, RepresentationScope.SEE, null);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("manage-a-case/accept", QueryParameters.of("token", token));
        assertThat(text("invitation")).contains("rp Parent");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("accept-invitation"))).isEmpty();
        assertThat(((com.vaadin.flow.component.html.Anchor) byId("accept-register")).getHref()).isEqualTo("register?as=representative");

        UI.getCurrent().navigate("register", QueryParameters.of("as", "representative"));
        String email = org.childmaintenance.support.TestAccounts.uniqueEmail("newrep");
        type("full-name", "New Rep");
        type("email", email);
        type("password", "river-stone-candle-42");
        type("confirm-password", "river-stone-candle-42");
        click("create-account");
        String kind = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select kind from account where email = ?", String.class, email);
        assertThat(kind).isEqualTo("REPRESENTATIVE");

        signInAs(s.repEmail()); // the invited address, signed in later: the invitation waits in My clients
        UI.getCurrent().navigate(MyClientsView.class);
        assertThat(text("clients")).contains("Invitation waiting for you.");
        long id = reps().myClients().stream().filter(c -> c.caseId() == s.caseId()).findFirst().orElseThrow().id();
        click("accept-" + id);
        assertThat(text("reps-done")).contains("rp Parent will now be asked to confirm");
    }

    @Test
    void the_demo_representative_acts_for_alex_morgan_and_has_an_invitation_from_sam_taylor() {
        signInAs("representative@example.com");
        UI.getCurrent().navigate("home");
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("My clients"))).isNotEmpty();
        UI.getCurrent().navigate(MyClientsView.class);
        assertThat(text("clients")).contains("Alex Morgan").contains("121000000001")
                .contains("report changes").contains("Sam Taylor").contains("Invitation waiting for you.");

        signInAs("parent@example.com");
        UI.getCurrent().navigate(WhoManagesMyCaseView.class);
        assertThat(text("representatives")).contains("Jordan Lee").contains("Can manage your case").contains("Withdraw Jordan Lee");
    }

    @Test
    void a_representative_sends_evidence_and_a_caseworker_grants_legal_authority_on_the_pages() {
        RepsFixture.Setup s = fx().active(RepresentationScope.REPORT, null);
        signInAs(s.repEmail());
        UI.getCurrent().navigate(MyClientsView.class);
        assertThat(byId("client-legal-" + s.representationId())).isNotNull();
        UI.getCurrent().navigate("my-clients/" + s.representationId() + "/legal-authority");
        click("send-evidence");
        assertThat(summaryMessages()).containsExactly("Select a file to send");
        // The one upload component checks the file by its content as it arrives and keeps nothing refused.
        UploadKt._upload(_get(Upload.class), "order.pdf", "application/pdf",
                "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text("attachment-error")).isEqualTo("The selected file must be a PDF, JPEG or PNG");
        click("send-evidence");
        assertThat(summaryMessages()).containsExactly("Select a file to send");
        UploadKt._upload(_get(Upload.class), "order.pdf", "application/pdf",
                "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(text("attachment-files")).contains("order.pdf");
        click("send-evidence");
        assertThat(text("evidence-sent")).contains("A caseworker will check it");

        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(LegalAuthorityCaseworkView.class);
        LegalAuthorityCaseworkView casework = _get(LegalAuthorityCaseworkView.class);
        assertThat(text("pending-evidence")).contains(s.repName()).contains("order.pdf");
        var mine = ctx.getBean(org.childmaintenance.representation.LegalAuthorityService.class).pendingEvidence().stream()
                .filter(p -> p.representativeName().equals(s.repName())).findFirst().orElseThrow();
        casework.evidence.setValue(mine);
        click("grant");
        assertThat(summaryMessages()).containsExactly("Enter the date the authority ends");
        casework.evidence.setValue(mine);
        type("grant-until-day", "1");
        type("grant-until-month", "6");
        type("grant-until-year", Integer.toString(LocalDate.now().getYear() + 2));
        click("grant");
        assertThat(text("legal-done")).isEqualTo("Legal authority recorded");

        signInAs(s.repEmail());
        UI.getCurrent().navigate("my-case/" + s.caseId());
        assertThat(text("acting-for")).isEqualTo("You are acting for rp Parent \u2014 legal authority");
    }
}
