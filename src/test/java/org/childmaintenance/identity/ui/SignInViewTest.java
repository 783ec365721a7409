package org.childmaintenance.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.navLinks;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInViewTest extends KaribuTest {
    static final String DEMO_PASSWORD = "demo-password-2026";

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(SignInView.class);
    }

    private void signIn(String email, String password) {
        type("email", email);
        type("password", password);
        click("sign-in");
    }

    @Test
    void demo_parent_signs_in_and_sees_their_home_page_and_parent_menu() {
        signIn("parent@example.com", DEMO_PASSWORD);

        LocatorJ._get(HomeView.class);
        assertThat(h1()).isEqualTo("Hello, Alex Morgan");
        assertThat(navLinks()).startsWith("Home").endsWith("Settings", "Sign out").contains("My case");
    }

    @Test
    void signing_in_gives_the_session_a_new_id_so_a_planted_one_is_worthless() {
        String planted = com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getId();
        signIn("wrong-" + TestAccounts.uniqueEmail("x"), "not-the-password-at-all");
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getId())
                .as("a failed sign-in changes nothing").isEqualTo(planted);

        signIn("parent@example.com", DEMO_PASSWORD);

        LocatorJ._get(HomeView.class);
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(planted);
    }

    @Test
    void wrong_password_gets_one_message_that_does_not_say_whether_the_address_exists() {
        signIn("parent@example.com", "not-the-password-at-all");
        String forKnownAddress = errorOf("email");
        UI.getCurrent().navigate(SignInView.class);
        signIn(TestAccounts.uniqueEmail("nobody"), "not-the-password-at-all");

        assertThat(forKnownAddress).isEqualTo("The email address or password is not correct");
        assertThat(errorOf("email")).isEqualTo(forKnownAddress);
        assertThat(summaryMessages()).containsExactly(forKnownAddress);
    }

    @Test
    void empty_sign_in_asks_for_both_fields() {
        click("sign-in");

        assertThat(errorOf("email")).isEqualTo("Enter your email address");
        assertThat(errorOf("password")).isEqualTo("Enter your password");
    }

    @Test
    void five_failures_lock_the_account_for_15_minutes_even_for_the_right_password() {
        String email = TestAccounts.uniqueEmail("lockme");
        ctx.getBean(IdentityService.class).provisionAccount(AccountKind.PARENT, email, "Lock Me", "river-stone-candle",
                null, null);
        for (int i = 0; i < 4; i++) {
            signIn(email, "wrong-password-" + i);
            assertThat(errorOf("email")).isEqualTo("The email address or password is not correct");
        }
        signIn(email, "wrong-password-5");
        String locked = "You have tried to sign in too many times. Wait 15 minutes, then try again, or reset your password";
        assertThat(errorOf("email")).isEqualTo(locked);

        signIn(email, "river-stone-candle");
        assertThat(errorOf("email")).isEqualTo(locked);

        clock.advance(Duration.ofMinutes(16));
        signIn(email, "river-stone-candle");
        LocatorJ._get(HomeView.class);
    }

    @Test
    void an_unverified_account_cannot_sign_in_yet() {
        String email = TestAccounts.uniqueEmail("unverified");
        ctx.getBean(IdentityService.class).registerParent(
                new IdentityService.Registration("New Person", email, "copper-meadow-violin", "copper-meadow-violin"));
        signIn(email, "copper-meadow-violin");

        assertThat(errorOf("email")).isEqualTo("You need to confirm your email address first. Use the link in the email we sent you");
    }
}
