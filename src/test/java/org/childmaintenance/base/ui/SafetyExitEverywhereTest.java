package org.childmaintenance.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** "Exit this page" is on every page a signed-in parent sees and on sign-in (LC-17.6), not only on safety pages. */
class SafetyExitEverywhereTest extends KaribuTest {

    private static boolean exitShown() {
        return !_find(Anchor.class, s -> s.withId("safety-exit")).isEmpty();
    }

    @Test
    void a_signed_in_parent_has_the_exit_control_on_every_page() {
        signInAs("parent@example.com");
        for (String path : new String[] {"home", "my-case", "settings", "help"}) {
            UI.getCurrent().navigate(path);
            assertThat(exitShown()).as(path).isTrue();
        }
    }

    @Test
    void the_sign_in_page_has_the_exit_control() {
        UI.getCurrent().navigate("sign-in");
        assertThat(exitShown()).isTrue();
    }

    @Test
    void caseworkers_pages_do_not_need_it() {
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("help");
        assertThat(exitShown()).isFalse();
    }
}
