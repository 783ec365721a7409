package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.PasswordService;

/** Choose a new password from an e-mailed link. */
@Route(value = "reset-password", layout = MainLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends PortalPage implements BeforeEnterObserver {
    private final PasswordService passwords;
    private final ErrorSummary summary = new ErrorSummary();
    private final PasswordField newPassword;
    private final PasswordField confirmPassword;
    private String token = "";

    public ResetPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        newPassword = Forms.password("new-password", getTranslation("reset.new"),
                getTranslation("register.password.hint"), Autocomplete.NEW_PASSWORD);
        confirmPassword = Forms.password("confirm-password", getTranslation("register.confirm"), null,
                Autocomplete.NEW_PASSWORD);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        if (!passwords.resetLinkUsable(token)) {
            showInvalidLink();
            return;
        }
        add(summary);
        heading(getTranslation("reset.title"));
        Button save = Forms.primary("save-password", getTranslation("reset.button"), e -> submit());
        add(Forms.group(newPassword), Forms.group(confirmPassword), save);
    }

    private void showInvalidLink() {
        removeAll();
        heading(getTranslation("reset.bad.title"));
        paragraph(getTranslation("reset.bad.body"));
        add(new Paragraph(new Anchor("forgot-password", getTranslation("reset.bad.again"))));
    }

    private void submit() {
        Forms.clearErrors(newPassword, confirmPassword);
        try {
            passwords.resetPassword(token, newPassword.getValue(), confirmPassword.getValue());
            getUI().ifPresent(ui -> ui.navigate(SignInView.class, QueryParameters.of("reset", "1")));
        } catch (UserFacingException e) {
            if (e.fieldErrors().isEmpty()) {
                showInvalidLink();
                return;
            }
            Map<String, Component> fields = Map.of("newPassword", newPassword, "confirmPassword", confirmPassword);
            summary.show(e.fieldErrors(), fields, newPassword);
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("reset.title");
    }
}
