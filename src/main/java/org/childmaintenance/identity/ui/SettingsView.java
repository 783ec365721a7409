package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.Roles;

/** Account settings: sign-in details, two-step sign-in, recent activity. */
@Route(value = "settings", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.EMPLOYER, Roles.REPRESENTATIVE, Roles.CASEWORKER, Roles.PARTNER})
public class SettingsView extends PortalPage {
    public SettingsView(IdentityService identity) {
        IdentityService.AccountSummary me = identity.myAccount();
        heading(getTranslation("settings.title"));
        SummaryList details = new SummaryList();
        details.row(getTranslation("settings.name"), me.fullName(), null);
        details.row(getTranslation("settings.email"), me.email(), null);
        details.row(getTranslation("settings.password"), "••••••••••••",
                new RouterLink(getTranslation("settings.change"), ChangePasswordView.class));
        details.row(getTranslation("settings.twoStep"),
                getTranslation(me.twoFactorEnabled() ? "settings.twoStep.on" : "settings.twoStep.off"),
                new RouterLink(getTranslation("settings.change"), TwoFactorView.class));
        add(details);
        add(new Paragraph(new com.vaadin.flow.component.html.Anchor("settings/notifications",
                getTranslation("notifications.settingsLink"))));
        add(new H2(getTranslation("settings.activity.title")));
        Div activity = new Div(new Paragraph(getTranslation("settings.activity.body")));
        activity.add(new Paragraph(new com.vaadin.flow.component.html.Anchor("settings/activity",
                getTranslation("settings.activity.link"))));
        add(activity);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("settings.title");
    }
}
