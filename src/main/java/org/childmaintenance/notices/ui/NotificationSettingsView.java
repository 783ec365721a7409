package org.childmaintenance.notices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.NotificationPreferences;

/** Settings → Notifications: which news also comes by e-mail, and text messages to a confirmed mobile. */
@Route(value = "settings/notifications", layout = MainLayout.class)
@PermitAll
public class NotificationSettingsView extends PortalPage {
    private final NotificationPreferences preferences;
    private final ErrorSummary summary = new ErrorSummary();
    private final Section banner = new Section();
    private CheckboxGroup<NotificationKind> emailKinds;
    private RadioButtonGroup<Boolean> texts;

    public NotificationSettingsView(NotificationPreferences preferences) {
        this.preferences = preferences;
        NotificationPreferences.Choices mine = preferences.mine();
        banner.setId("saved-banner");
        banner.addClassNames("banner", "banner--success");
        banner.getElement().setAttribute("role", "region");
        banner.setVisible(false);
        add(banner, summary);
        heading(getTranslation("notifications.settings.title"));
        lead(getTranslation("notifications.settings.lead"));

        emailKinds = new CheckboxGroup<>(getTranslation("notifications.settings.email"));
        emailKinds.setId("email-kinds");
        emailKinds.addThemeName("vertical");
        emailKinds.addThemeName("helper-above-field");
        emailKinds.setHelperText(getTranslation("notifications.settings.email.hint"));
        emailKinds.setItems(Arrays.asList(NotificationKind.values()));
        emailKinds.setItemLabelGenerator(k -> getTranslation("notifications.kind." + k.name()));
        emailKinds.setValue(mine.emailKinds());
        add(Forms.group(emailKinds));

        add(new H2(getTranslation("notifications.settings.texts.title")));
        if (mine.confirmedPhone() != null) {
            texts = Forms.radios("texts", getTranslation("notifications.settings.texts", mine.confirmedPhone()),
                    getTranslation("notifications.settings.texts.hint"), List.of(true, false),
                    b -> getTranslation(b ? "notifications.settings.texts.yes" : "notifications.settings.texts.no"));
            texts.setValue(mine.textsOn());
            add(Forms.group(texts));
            add(new Paragraph(new RouterLink(getTranslation("notifications.settings.phone.change"), PhoneNumberView.class)));
        } else {
            paragraph(getTranslation("notifications.settings.texts.none"));
            RouterLink addPhone = new RouterLink(getTranslation("notifications.settings.phone.add"), PhoneNumberView.class);
            addPhone.setId("add-phone");
            add(new Paragraph(addPhone));
        }
        Button save = Forms.primary("save", getTranslation("notifications.settings.save"), e -> save());
        add(save);
    }

    private void save() {
        summary.clear();
        Forms.clearErrors(emailKinds);
        try {
            preferences.choose(emailKinds.getValue().isEmpty() ? EnumSet.noneOf(NotificationKind.class)
                    : EnumSet.copyOf(emailKinds.getValue()), texts != null && Boolean.TRUE.equals(texts.getValue()));
        } catch (UserFacingException e) {
            summary.show(e.fieldErrors(), texts == null ? Map.of("texts", emailKinds) : Map.of("texts", texts), emailKinds);
            setShowingErrors(true);
            return;
        }
        setShowingErrors(false);
        banner.removeAll();
        H2 title = new H2(getTranslation("notifications.settings.saved"));
        title.setId("saved-title");
        banner.add(title);
        banner.getElement().setAttribute("aria-labelledby", "saved-title");
        banner.getElement().setAttribute("role", "alert");
        banner.setVisible(true);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("notifications.settings.title");
    }
}
