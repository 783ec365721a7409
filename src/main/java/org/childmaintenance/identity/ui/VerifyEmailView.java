package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.RegistrationService;

/** The link from the confirmation e-mail lands here. */
@Route(value = "verify-email", layout = MainLayout.class)
@AnonymousAllowed
public class VerifyEmailView extends PortalPage implements BeforeEnterObserver {
    private final RegistrationService registration;
    private boolean ok;

    public VerifyEmailView(RegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        ok = registration.verifyEmail(token);
        removeAll();
        if (ok) {
            heading(getTranslation("verify.ok.title"));
            paragraph(getTranslation("verify.ok.body"));
            Anchor signIn = new Anchor("sign-in", getTranslation("verify.ok.signIn"));
            signIn.addClassName("button-link");
            add(new Paragraph(signIn));
        } else {
            heading(getTranslation("verify.bad.title"));
            paragraph(getTranslation("verify.bad.body"));
            add(new Paragraph(new Anchor("register", getTranslation("verify.bad.register"))));
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation(ok ? "verify.ok.title" : "verify.bad.title");
    }
}
