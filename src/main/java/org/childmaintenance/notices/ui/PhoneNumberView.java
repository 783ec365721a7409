package org.childmaintenance.notices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.Autocomplete;
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

/** One question: the mobile number for text messages. We text a code to it before using it. */
@Route(value = "settings/notifications/phone", layout = MainLayout.class)
@PermitAll
public class PhoneNumberView extends PortalPage {
    private final NotificationPreferences preferences;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField phone;

    public PhoneNumberView(NotificationPreferences preferences) {
        this.preferences = preferences;
        RouterLink back = new RouterLink(getTranslation("notifications.back"), NotificationSettingsView.class);
        back.addClassName("back-link");
        add(back, summary);
        heading(getTranslation("notifications.phone.title"));
        phone = Forms.text("phone", null, getTranslation("notifications.phone.hint"));
        phone.setAriaLabelledBy("page-heading");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("type", "tel");
        Button send = Forms.primary("send-code", getTranslation("notifications.phone.send"), e -> send());
        add(Forms.group(phone), send);
        if (preferences.mine().confirmedPhone() != null) {
            Button remove = new Button(getTranslation("notifications.phone.remove"), e -> {
                preferences.removePhone();
                getUI().ifPresent(ui -> ui.navigate(NotificationSettingsView.class));
            });
            remove.setId("remove-phone");
            remove.addClassName("link-button");
            add(remove);
        }
    }

    private void send() {
        Forms.clearErrors(phone);
        try {
            preferences.startPhoneConfirmation(phone.getValue());
        } catch (UserFacingException e) {
            summary.show(e.fieldErrors(), Map.of("phone", phone), phone);
            setShowingErrors(true);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(PhoneCodeView.class));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("notifications.phone.title");
    }
}
