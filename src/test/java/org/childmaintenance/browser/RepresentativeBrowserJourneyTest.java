package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Duration;
import java.util.regex.Pattern;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.NightlyRun;
import org.childmaintenance.representation.RepresentationService;
import org.childmaintenance.representation.RepsFixture;
import org.childmaintenance.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Someone else manages a case, in a real browser: the parent nominates, the representative accepts
 * from the e-mailed link, the parent confirms, the representative reports a change of address
 * under the "You are acting for" banner, reports a missed Direct Pay payment for them (then "My
 * clients" counts it as needing attention), and the parent sees both in Recent activity. Pages are
 * checked with axe-core at 1280 px and 320 px.
 */
class RepresentativeBrowserJourneyTest extends BrowserTestBase {
    private static final String PASSWORD = "river-stone-candle-42";

    @Autowired
    RepsFixture fixture;

    @Autowired
    RepresentationService reps;

    @Autowired
    LedgerQueries payments;

    @Autowired
    NightlyRun nightly;

    @Autowired
    MutableClock clock;

    @Test
    void nominateAcceptConfirmThenTheRepresentativeReportsAChangeTheParentSees() {
        // The case was decided ten weeks ago, so a Direct Pay payment is already due. (Pages must run on
        // today's clock: a clock moved on would end every new session at once.)
        clock.set(clock.instant().minus(Duration.ofDays(70)));
        RepsFixture.Setup s = fixture.decidedCaseAndRep();
        clock.reset();

        signIn(s.parentEmail());
        open("/manage-a-case/nominate");
        assertThat(h1()).isEqualTo("Ask someone to manage your case");
        checkPage("reps: nominate", "reps-nominate");
        page.locator("#send-nomination").click();
        waitForVaadin();
        assertThat(page.locator(".error-summary").isVisible()).isTrue();
        checkPage("reps: nominate (errors)");
        page.locator("#name input").fill(s.repName());
        page.locator("#email input").fill(s.repEmail());
        radio("scope", "also report changes");
        page.locator("#send-nomination").click();
        waitForVaadin();
        assertThat(h1()).isEqualTo("Invitation sent");
        String token = fixture.tokenMailedTo(s.repEmail());

        newSession();
        open("/manage-a-case/accept?token=" + token);
        assertThat(page.locator("#accept-register").count()).as("not signed in: register or sign in").isEqualTo(1);
        checkPage("reps: accept (signed out)", "reps-accept-signed-out");
        signIn(s.repEmail());
        open("/manage-a-case/accept?token=" + token);
        checkPage("reps: accept", "reps-accept");
        page.locator("#accept-invitation").click();
        waitForVaadin();
        assertThat(page.locator("#accepted").textContent()).contains("will now be asked to confirm");

        newSession();
        signIn(s.parentEmail());
        open("/manage-a-case");
        checkPage("reps: who can manage my case", "reps-who");
        page.locator("[id^=confirm-]").first().click();
        waitForVaadin();
        assertThat(page.locator("#reps-done").textContent()).contains("can now manage your case");

        newSession();
        signIn(s.repEmail());
        open("/my-clients");
        checkPage("reps: my clients", "reps-my-clients");
        open("/report-a-change/" + s.caseId() + "/address");
        assertThat(page.locator("#acting-for").textContent()).startsWith("You are acting for");
        checkPage("reps: change of address for a client", "reps-change-address");
        page.locator("#q-address textarea").fill("7 Canal Wharf\nLeeds");
        page.locator("#q-postcode input").fill("LS11 5PQ");
        page.locator("#continue").click();
        waitForVaadin();
        page.locator("#send-change").click();
        waitForVaadin();
        assertThat(h1()).isEqualTo("Change sent");

        // The first Direct Pay payment has not arrived: the representative reports it for the parent, and
        // "My clients" says what needs attention.
        LocalDate due = firstDueDate(s);
        assertThat(due).as("already due").isBefore(LocalDate.now(clock));
        LedgerFixture.asSystem(() -> nightly.run(due));
        open("/payments/" + s.caseId());
        assertThat(page.locator("#acting-for").textContent()).startsWith("You are acting for");
        checkPage("reps: client's payments", "reps-payments");
        page.locator("[id^=missed-]").first().click();
        waitForVaadin();
        open("/my-clients");
        assertThat(page.locator("#clients").innerText()).contains("1 missed payment.");
        checkPage("reps: my clients (needs attention)", "reps-my-clients-attention");

        newSession();
        signIn(s.parentEmail());
        open("/settings/activity");
        assertThat(page.locator("#activity-table").textContent()).contains(s.repName() + " (" + s.repEmail() + ") for you");
        assertThat(page.locator("#activity-table").textContent()).contains("Payment reported as missed");
        checkPage("reps: parent's recent activity", "reps-parent-activity");
        open("/my-case/" + s.caseId());
        assertThat(page.locator("#timeline").textContent()).contains(s.repName() + " reported a change for you");
        reportProblems();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate firstDueDate(RepsFixture.Setup s) {
        fixture.signIn(s.parentEmail());
        try {
            return payments.casePayments(s.caseId()).rows().getFirst().dueDate();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(String email) {
        open("/sign-in");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();
    }
}
