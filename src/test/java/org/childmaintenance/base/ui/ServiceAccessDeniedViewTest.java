package org.childmaintenance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.h1;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ServiceAccessDeniedViewTest extends KaribuTest {

    /** A page whose service refuses the person, as a case page does for someone else's case. */
    @Route(value = "test-only/refused", layout = MainLayout.class)
    @PermitAll
    public static class RefusingPage extends Div {
        public RefusingPage() {
            throw new AccessDeniedException("No access to this case");
        }
    }

    @Test
    void a_service_refusal_while_opening_a_page_shows_you_cannot_see_this_page() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(RefusingPage.class);

        LocatorJ._get(ServiceAccessDeniedView.class);
        assertThat(h1()).isEqualTo("You cannot see this page");
    }
}
