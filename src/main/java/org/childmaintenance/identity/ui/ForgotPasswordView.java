package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.PasswordService;

/** Ask for a password reset link. The answer is the same whether or not the address has an account. */
@Route(value = "forgot-password", layout = MainLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends PortalPage {
    private final PasswordService passwords;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField email;

    public ForgotPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        add(summary);
        heading(getTranslation("forgot.title"));
        paragraph(getTranslation("forgot.lead"));
        email = Forms.email("email", getTranslation("forgot.email"), null);
        Button send = Forms.primary("send-link", getTranslation("forgot.button"), e -> submit());
        add(Forms.group(email), send);
    }

    private void submit() {
        Forms.clearErrors(email);
        if (email.getValue().isBlank()) {
            summary.show(Map.of(email, getTranslation("error.email.missing")));
            setShowingErrors(true);
            return;
        }
        try {
            passwords.requestPasswordReset(email.getValue());
        } catch (UserFacingException e) {
            summary.show(Map.of(email, getTranslation(e.fieldErrors().isEmpty() ? e.getMessage()
                    : e.fieldErrors().getFirst().message())));
            setShowingErrors(true);
            return;
        }
        removeAll();
        setShowingErrors(false);
        heading(getTranslation("forgot.sent.title"));
        paragraph(getTranslation("forgot.sent.body", email.getValue().trim()));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("forgot.title");
    }
}
