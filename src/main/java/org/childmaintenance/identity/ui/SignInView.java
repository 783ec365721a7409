package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.base.RequestInfo;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.SignInFailedException;
import org.childmaintenance.identity.SignInService;

/** Sign in with e-mail and password; then, if set up, the authenticator code. */
@Route(value = "sign-in", layout = MainLayout.class)
@AnonymousAllowed
public class SignInView extends PortalPage implements BeforeEnterObserver {
    private final SignInService signIn;
    private final ErrorSummary summary = new ErrorSummary();
    private final Section banner = new Section();
    private final TextField email;
    private final PasswordField password;

    public SignInView(SignInService signIn) {
        this.signIn = signIn;
        banner.addClassName("banner");
        banner.setVisible(false);
        add(summary, banner);
        heading(getTranslation("signIn.title"));
        email = Forms.email("email", getTranslation("signIn.email"), null);
        password = Forms.password("password", getTranslation("signIn.password"), null, Autocomplete.CURRENT_PASSWORD);
        Button continueButton = Forms.primary("sign-in", getTranslation("signIn.button"), e -> submit());
        continueButton.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(Forms.group(email), Forms.group(password), continueButton);
        add(new Paragraph(new Anchor("forgot-password", getTranslation("signIn.forgot"))));
        add(new H2(getTranslation("signIn.noAccount.title")));
        add(new Paragraph(new Anchor("register", getTranslation("signIn.register"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("expired")) {
            showBanner("signIn.expired.title", "signIn.expired.body");
        } else if (params.containsKey("verified")) {
            showBanner("signIn.verified.title", "signIn.verified.body");
        } else if (params.containsKey("reset")) {
            showBanner("signIn.reset.title", "signIn.reset.body");
        }
    }

    private void showBanner(String titleKey, String bodyKey) {
        banner.removeAll();
        H2 title = new H2(getTranslation(titleKey));
        title.setId("banner-title");
        banner.getElement().setAttribute("aria-labelledby", "banner-title");
        banner.getElement().setAttribute("role", "region");
        banner.add(title, new Paragraph(getTranslation(bodyKey)));
        banner.setVisible(true);
    }

    private void submit() {
        Forms.clearErrors(email, password);
        Map<Component, String> errors = new LinkedHashMap<>();
        if (email.getValue().isBlank()) {
            errors.put(email, getTranslation("error.email.missing"));
        }
        if (password.getValue().isEmpty()) {
            errors.put(password, getTranslation("error.password.missing"));
        }
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        try {
            switch (signIn.signIn(email.getValue(), password.getValue(), RequestInfo.clientAddress())) {
                case SignInService.SignedIn s -> {
                    SessionSignIn.establish(s.user());
                    getUI().ifPresent(ui -> ui.navigate(HomeView.class));
                }
                case SignInService.SecondStepNeeded s -> {
                    SessionSignIn.rememberPendingSecondStep(s.accountId());
                    getUI().ifPresent(ui -> ui.navigate(SignInCodeView.class));
                }
                case SignInService.TwoFactorSetupNeeded s -> {
                    SessionSignIn.establishForTwoFactorSetup(s.user());
                    getUI().ifPresent(ui -> ui.navigate(TwoFactorView.class));
                }
            }
        } catch (SignInFailedException e) {
            password.clear();
            Map<Component, String> failure = new LinkedHashMap<>();
            failure.put(email, getTranslation(e.getMessage()));
            showErrors(failure);
        }
    }

    private void showErrors(Map<Component, String> errors) {
        summary.show(errors);
        setShowingErrors(true);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("signIn.title");
    }
}
