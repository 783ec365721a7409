package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.RegistrationService;

/** Create a parent (or, with ?as=representative, a representative) account: name, e-mail, password. The e-mail must be confirmed before signing in. */
@Route(value = "register", layout = MainLayout.class)
@AnonymousAllowed
public class RegisterView extends PortalPage implements BeforeEnterObserver {
    private final RegistrationService registration;
    private boolean representative;
    private final Paragraph lead;
    private final ErrorSummary summary = new ErrorSummary();
    private final Div form = new Div();
    final TextField fullName;
    final TextField email;
    final PasswordField password;
    final PasswordField confirmPassword;

    public RegisterView(RegistrationService registration) {
        this.registration = registration;
        add(summary);
        heading(getTranslation("register.title"));
        lead = paragraph(getTranslation("register.lead"));
        fullName = Forms.text("full-name", getTranslation("register.name"), null);
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.addClassName("field--wide");
        email = Forms.email("email", getTranslation("register.email"), getTranslation("register.email.hint"));
        password = Forms.password("password", getTranslation("register.password"),
                getTranslation("register.password.hint"), Autocomplete.NEW_PASSWORD);
        confirmPassword = Forms.password("confirm-password", getTranslation("register.confirm"), null,
                Autocomplete.NEW_PASSWORD);
        Button create = Forms.primary("create-account", getTranslation("register.button"), e -> submit());
        form.add(Forms.group(fullName), Forms.group(email), Forms.group(password), Forms.group(confirmPassword), create);
        add(form);
        add(new Paragraph(new Anchor("sign-in", getTranslation("register.haveAccount"))));
    }

    /** {@code ?as=representative}: an account for someone a parent has asked to manage their case. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        representative = event.getLocation().getQueryParameters().getSingleParameter("as")
                .filter("representative"::equals).isPresent();
        lead.setText(getTranslation(representative ? "register.lead.representative" : "register.lead"));
    }

    private void submit() {
        Forms.clearErrors(fullName, email, password, confirmPassword);
        try {
            IdentityService.Registration r = new IdentityService.Registration(fullName.getValue(), email.getValue(),
                    password.getValue(), confirmPassword.getValue());
            if (representative) {
                registration.registerRepresentative(r);
            } else {
                registration.registerParent(r);
            }
            showCheckEmail(email.getValue().trim());
        } catch (UserFacingException e) {
            Map<String, Component> fields = Map.of("fullName", fullName, "email", email, "password", password,
                    "confirmPassword", confirmPassword);
            summary.show(e.fieldErrors(), fields, fullName);
            setShowingErrors(true);
        }
    }

    private void showCheckEmail(String address) {
        removeAll();
        setShowingErrors(false);
        Div panel = new Div();
        panel.addClassName("panel");
        heading(getTranslation("register.done.title"));
        paragraph(getTranslation("register.done.body", address));
        add(new H2(getTranslation("register.done.next")));
        paragraph(getTranslation("register.done.noMail"));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("register.title");
    }
}
