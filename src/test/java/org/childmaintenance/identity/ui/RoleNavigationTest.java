package org.childmaintenance.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.navLinks;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.childmaintenance.audit.ui.RecentActivityView;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.notification.ui.OutboxView;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

class RoleNavigationTest extends KaribuTest {

    @Test
    void anonymous_visitor_sees_sign_in_and_is_sent_to_sign_in_for_account_pages() {
        UI.getCurrent().navigate("");
        assertThat(navLinks()).containsExactly("Sign in");

        UI.getCurrent().navigate(HomeView.class);
        LocatorJ._get(SignInView.class);
    }

    @Test
    void parent_menu_has_no_back_office_links_and_back_office_pages_are_refused() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(navLinks()).startsWith("Home").endsWith("Settings", "Sign out")
                .contains("My case", "Payments", "Report a change", "Estimate child maintenance", "Family arrangement").doesNotContain("Outbox (demo)");

        UI.getCurrent().navigate(OutboxView.class);
        LocatorJ._get(AccessDeniedView.class);
        assertThat(h1()).isEqualTo("You cannot see this page");
    }

    @Test
    void caseworker_menu_includes_the_outbox() {
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(navLinks()).startsWith("Home").endsWith("Settings", "Sign out").contains("Cases to action", "Payments casework", "Outbox (demo)", "Signposting content")
                .doesNotContain("Estimate child maintenance");

        UI.getCurrent().navigate(OutboxView.class);
        assertThat(h1()).isEqualTo("Outbox");
    }

    @Test
    void employer_and_representative_get_their_own_home_page() {
        signInAs("employer.admin@example.com");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withClasses("lead")).getText())
                .isEqualTo("You are signed in for Northfield Foods Ltd (administrator).");

        signInAs("representative@example.com");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(h1()).isEqualTo("Hello, Jordan Lee");
    }

    @Test
    void a_person_sees_their_own_recent_activity() {
        signInAs("other.parent@example.com");
        UI.getCurrent().navigate(RecentActivityView.class);
        assertThat(h1()).isEqualTo("Recent activity");
    }
}
