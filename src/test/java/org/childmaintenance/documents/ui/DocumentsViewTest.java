package org.childmaintenance.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.navLinks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import org.childmaintenance.base.DisplayFormats;
import org.childmaintenance.base.ui.ServiceAccessDeniedView;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.disputes.ReconsiderationService;
import org.childmaintenance.disputes.ReconsiderationService.DecisionItem;
import org.childmaintenance.disputes.ui.AskAgainView;
import org.childmaintenance.representation.RepresentationScope;
import org.childmaintenance.representation.RepsFixture;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Documents page: the party's letters and statements to download; nobody else's. */
class DocumentsViewTest extends KaribuTest {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;

    @Test
    void the_demo_parent_downloads_their_decision_letter_and_statements() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(h1()).isEqualTo("Documents");
        assertThat(navLinks()).contains("Documents");
        assertThat(byId("documents-case").getElement().getText()).contains("121000000001");
        assertThat(byId("documents").getElement().getOuterHTML()).contains("Download", "Payment statement to");
        Anchor first = _get(Anchor.class, s -> s.withId("document-0"));
        assertThat(first.getHref()).startsWith("files/documents/");
        assertThat(first.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void a_case_with_no_documents_says_so_and_another_case_is_refused() {
        String parent = fx.newParent("nodocs");
        signInAs(parent);
        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(byId("no-case").getElement().getText()).isEqualTo("You have no case yet, so there are no documents.");

        signInAs("parent@example.com");
        long demo = cases.myCases().getFirst().id();
        SecurityContextHolder.clearContext();
        signInAs(parent);
        UI.getCurrent().navigate("documents/" + demo);
        assertThat(_find(ServiceAccessDeniedView.class)).hasSize(1);
    }

    private DecisionItem onlyDecision(long caseId) {
        var decisions = ctx.getBean(ReconsiderationService.class).decisions(caseId);
        assertThat(decisions).hasSize(1);
        return decisions.getFirst();
    }

    private static String text(String id) {
        return byId(id).getElement().getTextRecursively();
    }

    private static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void a_decision_letter_shows_the_decision_date_the_last_day_to_ask_and_asks_about_that_decision_even_when_late() {
        RepsFixture.Setup s = ctx.getBean(RepsFixture.class).decidedCaseAndRep();
        signInAs(s.parentEmail());
        DecisionItem d = onlyDecision(s.caseId());
        assertThat(d.lastDayToAsk()).as("notification date + 30 days").isEqualTo(d.notified().plusDays(30));
        String made = DisplayFormats.date(d.notified());

        UI.getCurrent().navigate("documents/" + s.caseId());
        assertThat(text("decision-dates-" + d.decisionId())).isEqualTo("Decision made on " + made
                + ". If you think it is wrong, ask us to look again by " + DisplayFormats.date(d.lastDayToAsk())
                + " (30 days from the decision).");
        assertThat(byId("documents").getElement().getOuterHTML()).contains("decision-dates-" + d.decisionId());
        Anchor ask = _get(Anchor.class, spec -> spec.withId("ask-again-" + d.decisionId()));
        assertThat(ask.getText()).isEqualTo("Ask us to look again at the decision made on " + made);
        assertThat(ask.getHref()).isEqualTo("disputes/case/" + s.caseId() + "/ask/" + d.decisionId());
        assertThat(present("decision-late-" + d.decisionId())).isFalse();
        UI.getCurrent().navigate(ask.getHref());
        assertThat(_find(AskAgainView.class)).as("the journey for that decision").hasSize(1);

        clock.advance(Duration.ofDays(31));
        UI.getCurrent().navigate("documents/" + s.caseId());
        assertThat(text("decision-late-" + d.decisionId())).startsWith("The last day has passed. You can still ask");
        assertThat(present("ask-again-" + d.decisionId())).as("after the window it still links").isTrue();
    }

    @Test
    void a_see_only_representative_sees_the_decision_dates_but_no_way_to_ask_while_a_full_one_may_ask() {
        RepsFixture reps = ctx.getBean(RepsFixture.class);
        RepsFixture.Setup seeOnly = reps.active(RepresentationScope.SEE, null);
        signInAs(seeOnly.repEmail());
        DecisionItem d = onlyDecision(seeOnly.caseId());
        UI.getCurrent().navigate("documents/" + seeOnly.caseId());
        assertThat(text("decision-dates-" + d.decisionId())).startsWith("Decision made on " + DisplayFormats.date(d.notified()));
        assertThat(present("ask-again-" + d.decisionId())).as("asking is not in the see-only scope").isFalse();
        assertThat(present("next-steps-" + d.decisionId())).isFalse();

        RepsFixture.Setup full = reps.active(RepresentationScope.FULL, null);
        signInAs(full.repEmail());
        DecisionItem theirs = onlyDecision(full.caseId());
        UI.getCurrent().navigate("documents/" + full.caseId());
        assertThat(_get(Anchor.class, spec -> spec.withId("ask-again-" + theirs.decisionId())).getHref())
                .isEqualTo("disputes/case/" + full.caseId() + "/ask/" + theirs.decisionId());
    }
}
