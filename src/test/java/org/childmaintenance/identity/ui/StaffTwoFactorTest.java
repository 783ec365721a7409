package org.childmaintenance.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Caseworkers and employer admins must turn on two-step sign-in before anything else, then use it every time. */
class StaffTwoFactorTest extends KaribuTest {

    private String code(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
    }

    private void signIn(String email, String password) {
        UI.getCurrent().navigate(SignInView.class);
        type("email", email);
        type("password", password);
        click("sign-in");
    }

    @Test
    void caseworker_must_set_up_two_step_then_needs_a_code_at_each_sign_in() throws Exception {
        String email = TestAccounts.uniqueEmail("caseworker");
        ctx.getBean(IdentityService.class).provisionAccount(AccountKind.CASEWORKER, email, "Casey Worker",
                "granite-orchard-puzzle", null, null);

        signIn(email, "granite-orchard-puzzle");
        LocatorJ._get(TwoFactorView.class);
        assertThat(h1()).isEqualTo("Two-step sign-in");
        // Any other page sends them back to the set-up, saying why (not "You cannot see this page").
        UI.getCurrent().navigate(HomeView.class);
        LocatorJ._get(TwoFactorView.class);
        LocatorJ._assertNone(AccessDeniedView.class);
        assertThat(byId("two-step-redirected").getElement().getText())
                .isEqualTo("You were brought here because you need to set up two-step sign-in before you can open other pages.");
        UI.getCurrent().navigate(SettingsView.class);
        LocatorJ._get(TwoFactorView.class);

        UI.getCurrent().navigate(TwoFactorView.class);
        click("start-two-step");
        String secret = byId("totp-secret").getElement().getText();
        type("code", "000000".equals(code(secret)) ? "111111" : "000000");
        click("confirm-two-step");
        assertThat(errorOf("code")).isEqualTo("The code is not correct or has expired. Enter the latest code from your app");

        type("code", code(secret));
        click("confirm-two-step");
        assertThat(h1()).isEqualTo("Two-step sign-in is on");
        var recovery = LocatorJ._find(byId("recovery-codes"), ListItem.class);
        assertThat(recovery).hasSize(10);
        String recoveryCode = recovery.getFirst().getElement().getTextRecursively();
        UI.getCurrent().navigate(HomeView.class);
        assertThat(h1()).isEqualTo("Hello, Casey Worker");

        // Next sign-in: password, then code.
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        signIn(email, "granite-orchard-puzzle");
        LocatorJ._get(SignInCodeView.class);
        type("code", "12345x");
        click("verify-code");
        assertThat(errorOf("code")).isNotNull();
        type("code", recoveryCode);
        click("verify-code");
        assertThat(h1()).isEqualTo("Hello, Casey Worker");

        // A recovery code works only once.
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        signIn(email, "granite-orchard-puzzle");
        type("code", recoveryCode);
        click("verify-code");
        LocatorJ._get(SignInCodeView.class);
    }

    @Test
    void an_employer_admin_without_two_step_is_sent_to_set_it_up_with_the_reason_not_refused() {
        String email = TestAccounts.uniqueEmail("employer-admin");
        ctx.getBean(IdentityService.class).provisionAccount(AccountKind.EMPLOYER_USER, email, "Erin Admin",
                "granite-orchard-puzzle", "Two Step Foods " + java.util.UUID.randomUUID().toString().substring(0, 6),
                org.childmaintenance.identity.EmployerRole.ADMIN);

        signIn(email, "granite-orchard-puzzle");
        LocatorJ._get(TwoFactorView.class);
        UI.getCurrent().navigate(HomeView.class);
        LocatorJ._get(TwoFactorView.class);
        LocatorJ._assertNone(AccessDeniedView.class);
        assertThat(byId("two-step-redirected").getElement().getText())
                .isEqualTo("You were brought here because you need to set up two-step sign-in before you can open other pages.");
    }
}
