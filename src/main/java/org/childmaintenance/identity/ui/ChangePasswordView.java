package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.PasswordService;
import org.childmaintenance.identity.Roles;

/** Change password: current one first, then the new one twice. */
@Route(value = "settings/password", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.EMPLOYER, Roles.REPRESENTATIVE, Roles.CASEWORKER, Roles.PARTNER})
public class ChangePasswordView extends PortalPage {
    private final PasswordService passwords;
    private final ErrorSummary summary = new ErrorSummary();
    final PasswordField current;
    final PasswordField newPassword;
    final PasswordField confirmPassword;

    public ChangePasswordView(PasswordService passwords) {
        this.passwords = passwords;
        add(summary);
        heading(getTranslation("changePassword.title"));
        current = Forms.password("current-password", getTranslation("changePassword.current"), null,
                Autocomplete.CURRENT_PASSWORD);
        newPassword = Forms.password("new-password", getTranslation("reset.new"),
                getTranslation("register.password.hint"), Autocomplete.NEW_PASSWORD);
        confirmPassword = Forms.password("confirm-password", getTranslation("register.confirm"), null,
                Autocomplete.NEW_PASSWORD);
        Button save = Forms.primary("save-password", getTranslation("changePassword.button"), e -> submit());
        add(Forms.group(current), Forms.group(newPassword), Forms.group(confirmPassword), save);
        add(new Paragraph(new Anchor("settings", getTranslation("common.cancel"))));
    }

    private void submit() {
        Forms.clearErrors(current, newPassword, confirmPassword);
        try {
            passwords.changePassword(current.getValue(), newPassword.getValue(), confirmPassword.getValue());
            removeAll();
            setShowingErrors(false);
            heading(getTranslation("changePassword.done.title"));
            paragraph(getTranslation("changePassword.done.body"));
            add(new Paragraph(new Anchor("settings", getTranslation("changePassword.done.back"))));
        } catch (UserFacingException e) {
            Map<String, Component> fields = Map.of("currentPassword", current, "newPassword", newPassword,
                    "confirmPassword", confirmPassword);
            summary.show(e.fieldErrors(), fields, current);
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("changePassword.title");
    }
}
