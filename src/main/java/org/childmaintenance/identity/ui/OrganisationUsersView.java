package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.OrganisationUserService;
import org.childmaintenance.identity.Roles;

/**
 * An employer administrator sees who can use the service for their organisation, adds colleagues,
 * and opens a colleague's "change role" or "remove" page.
 */
@Route(value = "employer/users", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER_ADMIN)
public class OrganisationUsersView extends PortalPage {
    private final OrganisationUserService colleagues;
    private final ErrorSummary summary = new ErrorSummary();
    private final Section banner = new Section();

    private final CurrentUser currentUser;

    public OrganisationUsersView(OrganisationUserService colleagues, CurrentUser currentUser) {
        this.colleagues = colleagues;
        this.currentUser = currentUser;
        addClassName("page--wide");
        render(null);
    }

    private void render(String addedName) {
        removeAll();
        add(summary);
        if (addedName != null) {
            banner.removeAll();
            banner.addClassName("banner");
            banner.addClassName("banner--success");
            banner.getElement().setAttribute("role", "alert");
            banner.add(new H2(getTranslation("orgUsers.added", addedName)),
                    new Paragraph(getTranslation("orgUsers.added.body")));
            add(banner);
        }
        List<IdentityService.AccountSummary> users = colleagues.organisationUsers();
        heading(getTranslation("orgUsers.title"));
        if (!users.isEmpty()) {
            lead(users.getFirst().organisationName());
        }
        DataTable table = new DataTable(getTranslation("orgUsers.caption"), getTranslation("orgUsers.name"),
                getTranslation("orgUsers.email"), getTranslation("orgUsers.role"), getTranslation("orgUsers.twoStep"),
                getTranslation("orgUsers.actions"));
        table.setId("organisation-users");
        long me = currentUser.require().accountId();
        users.forEach(u -> table.rowOf(u.fullName(), u.email(), getTranslation("employerRole." + u.employerRole()),
                getTranslation(u.twoFactorEnabled() ? "settings.twoStep.on" : "settings.twoStep.off"),
                u.id() == me ? new Span(getTranslation("orgUsers.you")) : actions(u)));
        add(table);

        add(new H2(getTranslation("orgUsers.add.title")));
        TextField name = Forms.text("colleague-name", getTranslation("orgUsers.add.name"), null);
        name.addClassName("field--wide");
        TextField email = Forms.email("colleague-email", getTranslation("orgUsers.add.email"),
                getTranslation("orgUsers.add.email.hint"));
        RadioButtonGroup<EmployerRole> role = Forms.radios("colleague-role", getTranslation("orgUsers.add.role"), null,
                List.of(EmployerRole.PAYROLL, EmployerRole.ADMIN), r -> getTranslation("orgUsers.role." + r));
        add(Forms.group(name), Forms.group(email), Forms.group(role),
                Forms.primary("add-colleague", getTranslation("orgUsers.add.button"), e -> {
                    Forms.clearErrors(name, email, role);
                    try {
                        colleagues.inviteOrganisationUser(name.getValue(), email.getValue(), role.getValue());
                        setShowingErrors(false);
                        summary.clear();
                        render(name.getValue().trim());
                    } catch (UserFacingException ex) {
                        Map<String, Component> fields = Map.of("fullName", name, "email", email, "role", role);
                        summary.show(ex.fieldErrors(), fields, name);
                        setShowingErrors(true);
                    }
                }));
    }

    /** "Change role" and "Remove", each naming the colleague for screen readers. */
    private Div actions(IdentityService.AccountSummary u) {
        RouteParameters p = new RouteParameters(OrganisationUserRoleView.ACCOUNT_ID, Long.toString(u.id()));
        RouterLink role = new RouterLink("", OrganisationUserRoleView.class, p);
        role.add(new Span(getTranslation("orgUsers.changeRole")), hidden(u.fullName()));
        role.setId("change-role-" + u.id());
        RouterLink remove = new RouterLink("", RemoveOrganisationUserView.class, p);
        remove.add(new Span(getTranslation("orgUsers.remove")), hidden(u.fullName()));
        remove.setId("remove-user-" + u.id());
        Div div = new Div(role, new Span(" "), remove);
        div.addClassName("table-actions");
        return div;
    }

    private static Span hidden(String name) {
        Span s = new Span(" " + name);
        s.addClassName("visually-hidden");
        return s;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("orgUsers.title");
    }
}
