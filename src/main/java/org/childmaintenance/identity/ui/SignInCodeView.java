package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.SignInFailedException;
import org.childmaintenance.identity.SignInService;

/** Second step of sign-in: the 6-digit code from the authenticator app, or a recovery code. */
@Route(value = "sign-in/code", layout = MainLayout.class)
@AnonymousAllowed
public class SignInCodeView extends PortalPage implements BeforeEnterObserver {
    private final SignInService signIn;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField code;

    public SignInCodeView(SignInService signIn) {
        this.signIn = signIn;
        add(summary);
        heading(getTranslation("signInCode.title"));
        paragraph(getTranslation("signInCode.lead"));
        code = Forms.text("code", getTranslation("signInCode.code"), getTranslation("signInCode.hint"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("spellcheck", "false");
        Button button = Forms.primary("verify-code", getTranslation("signInCode.button"), e -> submit());
        button.addClickShortcut(Key.ENTER);
        add(Forms.group(code), button);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SessionSignIn.pendingSecondStep() == null) {
            event.forwardTo(SignInView.class);
        }
    }

    private void submit() {
        Forms.clearErrors(code);
        Long accountId = SessionSignIn.pendingSecondStep();
        if (accountId == null) {
            getUI().ifPresent(ui -> ui.navigate(SignInView.class));
            return;
        }
        if (code.getValue().isBlank()) {
            summary.show(Map.of(code, getTranslation("error.code.missing")));
            setShowingErrors(true);
            return;
        }
        try {
            PortalUser user = signIn.completeSecondStep(accountId, code.getValue());
            SessionSignIn.clearPendingSecondStep();
            SessionSignIn.establish(user);
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        } catch (SignInFailedException e) {
            code.clear();
            summary.show(Map.of(code, getTranslation(e.getMessage())));
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("signInCode.title");
    }
}
