package org.childmaintenance.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** A caseworker sees the result of the audit chain check. */
class AuditCheckViewTest extends KaribuTest {

    @Test
    void a_caseworker_checks_the_audit_trail_and_is_told_it_is_intact() {
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(AuditCheckView.class);
        assertThat(h1()).isEqualTo("Check the audit trail");
        click("audit-check");
        assertThat(_get(Paragraph.class, s -> s.withId("audit-check-result")).getText())
                .startsWith("The audit trail is intact:");
    }
}
