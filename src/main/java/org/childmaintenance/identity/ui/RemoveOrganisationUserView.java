package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.IdentityService.AccountSummary;
import org.childmaintenance.identity.OrganisationUserService;
import org.childmaintenance.identity.Roles;

/**
 * The confirm page for removing a colleague (UX.md: a destructive action has its own page): what
 * happens, then "Remove" or go back.
 */
@Route(value = "employer/users/:accountId([0-9]+)/remove", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER_ADMIN)
public class RemoveOrganisationUserView extends PortalPage implements BeforeEnterObserver {
    private final OrganisationUserService colleagues;
    private final ErrorSummary summary = new ErrorSummary();
    private String title = "";

    public RemoveOrganisationUserView(OrganisationUserService colleagues) {
        this.colleagues = colleagues;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long accountId = event.getRouteParameters().getLong(OrganisationUserRoleView.ACCOUNT_ID).orElse(-1L);
        AccountSummary colleague = colleagues.colleague(accountId);
        RouterLink back = new RouterLink(getTranslation("common.back"), OrganisationUsersView.class);
        back.addClassName("back-link");
        add(back, summary);
        title = getTranslation("orgUsers.remove.title", colleague.fullName());
        heading(title);
        paragraph(getTranslation("orgUsers.remove.body", colleague.fullName(), colleague.organisationName()));
        Paragraph warning = new Paragraph(getTranslation("orgUsers.remove.warning"));
        warning.addClassName("warning-text__text");
        Div warningText = new Div(warning);
        warningText.addClassName("warning-text");
        Button remove = new Button(getTranslation("orgUsers.remove.button", colleague.fullName()), e -> {
            try {
                colleagues.removeColleague(accountId);
                done(colleague);
            } catch (UserFacingException ex) {
                summary.show(java.util.Map.of(e.getSource(), getTranslation(ex.getMessage())));
                summary.focus();
                setShowingErrors(true);
            }
        });
        remove.setId("remove-user");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        remove.setDisableOnClick(true);
        RouterLink cancel = new RouterLink(getTranslation("orgUsers.remove.cancel"), OrganisationUsersView.class);
        cancel.setId("cancel-remove");
        Div actions = new Div(remove, cancel);
        actions.addClassName("button-group");
        add(warningText, actions);
    }

    private void done(AccountSummary colleague) {
        removeAll();
        title = getTranslation("orgUsers.remove.done", colleague.fullName());
        heading(title);
        setShowingErrors(false);
        paragraph(getTranslation("orgUsers.remove.doneBody", colleague.fullName())).setId("user-removed");
        RouterLink back = new RouterLink(getTranslation("orgUsers.backToUsers"), OrganisationUsersView.class);
        back.setId("back-to-users");
        add(back);
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
