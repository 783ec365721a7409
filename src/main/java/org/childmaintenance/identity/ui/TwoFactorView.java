package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.identity.TwoFactorService;

/** Turn two-step sign-in (authenticator app) on or off; staff who must use it are sent here first. */
@Route(value = TwoFactorView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.EMPLOYER, Roles.REPRESENTATIVE, Roles.CASEWORKER, Roles.PARTNER,
        Roles.TWO_FACTOR_SETUP})
public class TwoFactorView extends PortalPage implements BeforeEnterObserver {
    static final String ROUTE = "settings/two-step";
    private final IdentityService identity;
    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;
    private final ErrorSummary summary = new ErrorSummary();
    private Section requiredBanner;

    public TwoFactorView(IdentityService identity, TwoFactorService twoFactor, CurrentUser currentUser) {
        this.identity = identity;
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        showStatus();
    }

    private void showStatus() {
        removeAll();
        add(summary);
        IdentityService.AccountSummary me = identity.myAccount();
        heading(getTranslation("twoStep.title"));
        if (me.twoFactorEnabled()) {
            paragraph(getTranslation("twoStep.isOn"));
            if (me.twoFactorRequired()) {
                paragraph(getTranslation("twoStep.requiredCannotTurnOff"));
            } else {
                showTurnOff();
            }
            return;
        }
        if (currentUser.hasRole(Roles.TWO_FACTOR_SETUP)) {
            Section banner = new Section(new H2(getTranslation("twoStep.required.title")),
                    new Paragraph(getTranslation("twoStep.required.body")));
            banner.addClassName("banner");
            add(banner);
            requiredBanner = banner;
        }
        paragraph(getTranslation("twoStep.explain"));
        Button start = Forms.primary("start-two-step", getTranslation("twoStep.start"), e -> showSetup());
        add(start);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean redirected = event.getLocation().getQueryParameters().getParameters()
                .containsKey(TwoFactorSetupGate.REDIRECTED);
        if (redirected && requiredBanner != null && requiredBanner.getChildren().count() == 2) {
            Paragraph why = new Paragraph(getTranslation("twoStep.redirected"));
            why.setId("two-step-redirected");
            requiredBanner.add(why);
        }
    }

    private void showSetup() {
        IdentityService.TwoFactorSetup setup = twoFactor.startTwoFactorSetup();
        removeAll();
        add(summary);
        heading(getTranslation("twoStep.setup.title"));
        OrderedList steps = new OrderedList(new ListItem(getTranslation("twoStep.setup.step1")),
                new ListItem(getTranslation("twoStep.setup.step2")), new ListItem(getTranslation("twoStep.setup.step3")));
        add(steps);
        Image qr = new Image(setup.qrCodeDataUri(), getTranslation("twoStep.setup.qrAlt"));
        qr.addClassName("qr-code");
        add(qr);
        Paragraph manual = new Paragraph(getTranslation("twoStep.setup.manual") + " ");
        Code secret = new Code(setup.secret());
        secret.setId("totp-secret");
        manual.add(secret);
        add(manual);
        TextField code = Forms.text("code", getTranslation("signInCode.code"), getTranslation("signInCode.hint"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        Button confirm = Forms.primary("confirm-two-step", getTranslation("twoStep.setup.button"), e -> {
            Forms.clearErrors(code);
            try {
                List<String> recovery = twoFactor.confirmTwoFactor(code.getValue());
                showRecoveryCodes(recovery);
            } catch (UserFacingException ex) {
                summary.show(Map.of(code, getTranslation(ex.fieldErrors().isEmpty() ? ex.getMessage()
                        : ex.fieldErrors().getFirst().message())));
                setShowingErrors(true);
            }
        });
        add(Forms.group(code), confirm);
    }

    private void showRecoveryCodes(List<String> codes) {
        boolean wasSetupOnly = currentUser.hasRole(Roles.TWO_FACTOR_SETUP);
        if (wasSetupOnly) {
            SessionSignIn.establish(identity.reload(currentUser.require().accountId()));
        }
        removeAll();
        setShowingErrors(false);
        heading(getTranslation("twoStep.done.title"));
        paragraph(getTranslation("twoStep.done.body"));
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(new Code(c))));
        add(list);
        Anchor next = new Anchor(wasSetupOnly ? "home" : "settings", getTranslation("twoStep.done.continue"));
        next.addClassName("button-link");
        add(new Paragraph(next));
    }

    private void showTurnOff() {
        add(new H2(getTranslation("twoStep.off.title")));
        PasswordField password = Forms.password("current-password", getTranslation("changePassword.current"), null,
                Autocomplete.CURRENT_PASSWORD);
        Button off = Forms.primary("turn-off-two-step", getTranslation("twoStep.off.button"), e -> {
            Forms.clearErrors(password);
            try {
                twoFactor.disableTwoFactor(password.getValue());
                showStatus();
            } catch (UserFacingException ex) {
                summary.show(Map.of(password, getTranslation(ex.fieldErrors().isEmpty() ? ex.getMessage()
                        : ex.fieldErrors().getFirst().message())));
                setShowingErrors(true);
            }
        });
        add(Forms.group(password), off);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("twoStep.title");
    }
}
