package org.childmaintenance.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.SafetyFlags;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** "Your safety": a parent keeps their details from the other parent, from My case. */
class YourSafetyViewTest extends KaribuTest {

    @Test
    void a_parent_sets_their_safety_flag_from_my_case() {
        CaseFixtures fx = ctx.getBean(CaseFixtures.class);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Bo", LocalDate.now().minusYears(4))),
                ServiceType.DIRECT_PAY);
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("my-case/" + c.caseId());
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, s -> s.withId("your-safety")).getHref())
                .isEqualTo("your-safety/" + c.caseId());

        UI.getCurrent().navigate("your-safety/" + c.caseId());
        assertThat(h1()).isEqualTo("Would it be unsafe for the other parent to know where you live or a new name you use?");
        _get(Anchor.class, s -> s.withId("safety-exit"));
        click("continue");
        assertThat(summaryMessages()).containsExactly(
                "Select yes if it would be unsafe for the other parent to know where you live or a new name you use");
        type("q-unsafe", true);
        click("continue");

        assertThat(h1()).isEqualTo("Your safety");
        _get(Div.class, s -> s.withId("safety-flagged"));
        assertThat(ctx.getBean(SafetyFlags.class).mySafetyFlag(c.caseId())).isTrue();
    }

    @Test
    void a_caseworker_sets_a_flag_from_the_casework_page() {
        CaseFixtures fx = ctx.getBean(CaseFixtures.class);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Cy", LocalDate.now().minusYears(4))),
                ServiceType.DIRECT_PAY);
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(CaseworkView.class);
        type("safetyReference", "999999999999");
        type("safetyRole", org.childmaintenance.cases.PartyRole.PAYING);
        click("set-safety-flag");
        assertThat(((com.vaadin.flow.component.textfield.TextField) org.childmaintenance.support.Ui.byId("safetyReference"))
                .getErrorMessage()).isEqualTo("Enter the 12-digit reference of an existing case");
        type("safetyReference", c.reference());
        click("set-safety-flag");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("safety-flag-result")).getText())
                .isEqualTo("Safety flag set on case " + c.reference() + ".");
    }
}
