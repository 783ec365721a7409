package org.childmaintenance.notices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.notices.NotificationPreferences;

/** One question: the code we texted. Entering it confirms the number as the person's own channel. */
@Route(value = "settings/notifications/phone/code", layout = MainLayout.class)
@PermitAll
public class PhoneCodeView extends PortalPage {
    private final NotificationPreferences preferences;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField code;

    public PhoneCodeView(NotificationPreferences preferences) {
        this.preferences = preferences;
        RouterLink back = new RouterLink(getTranslation("notifications.back"), PhoneNumberView.class);
        back.addClassName("back-link");
        add(back, summary);
        heading(getTranslation("notifications.code.title"));
        String waiting = preferences.mine().phoneWaitingForCode();
        paragraph(waiting == null ? getTranslation("notifications.code.noneWaiting")
                : getTranslation("notifications.code.lead", waiting));
        code = Forms.text("code", null, getTranslation("notifications.code.hint"));
        code.setAriaLabelledBy("page-heading");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.addClassName("field--short");
        Button confirm = Forms.primary("confirm-code", getTranslation("notifications.code.confirm"), e -> confirm());
        add(Forms.group(code), confirm);
    }

    private void confirm() {
        Forms.clearErrors(code);
        try {
            preferences.confirmPhone(code.getValue());
        } catch (UserFacingException e) {
            summary.show(e.fieldErrors(), Map.of("code", code), code);
            setShowingErrors(true);
            return;
        }
        setShowingErrors(false);
        removeAll();
        heading(getTranslation("notifications.code.done"));
        paragraph(getTranslation("notifications.code.doneBody"));
        add(new RouterLink(getTranslation("notifications.back"), NotificationSettingsView.class));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("notifications.code.title");
    }
}
