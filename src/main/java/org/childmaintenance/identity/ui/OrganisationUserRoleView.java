package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.IdentityService.AccountSummary;
import org.childmaintenance.identity.OrganisationUserService;
import org.childmaintenance.identity.Roles;

/** "What should Dan's role be?": an administrator changes a colleague's role (they sign in again afterwards). */
@Route(value = "employer/users/:accountId([0-9]+)/role", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER_ADMIN)
public class OrganisationUserRoleView extends OneQuestionPage implements BeforeEnterObserver {
    static final String ACCOUNT_ID = "accountId";
    private final OrganisationUserService colleagues;
    private long accountId;
    private AccountSummary colleague;
    private RadioButtonGroup<EmployerRole> role;

    public OrganisationUserRoleView(OrganisationUserService colleagues) {
        this.colleagues = colleagues;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        accountId = event.getRouteParameters().getLong(ACCOUNT_ID).orElse(-1L);
        colleague = colleagues.colleague(accountId);
        role = Forms.radios("colleague-role", "", null, List.of(EmployerRole.PAYROLL, EmployerRole.ADMIN),
                r -> getTranslation("orgUsers.role." + r));
        labelledByQuestion(role);
        role.setValue(colleague.employerRole());
        Button save = continueButton("save-role", getTranslation("orgUsers.roleChange.save"), this::save);
        showQuestion(new RouterLink(getTranslation("common.back"), OrganisationUsersView.class), null,
                getTranslation("orgUsers.roleChange.title", colleague.fullName()),
                getTranslation("orgUsers.roleChange.hint"), save, role);
    }

    private void save() {
        clearErrors(List.of(role));
        try {
            colleagues.changeRole(accountId, role.getValue());
        } catch (UserFacingException e) {
            String message = e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message();
            role.setInvalid(true);
            role.setErrorMessage(getTranslation(message));
            showErrors(Map.of(role, getTranslation(message)));
            summary.focus();
            return;
        }
        removeAll();
        String done = getTranslation("orgUsers.roleChange.done", colleague.fullName(),
                getTranslation("employerRole." + role.getValue()));
        heading(done);
        setQuestionTitle(done);
        paragraph(getTranslation("orgUsers.roleChange.doneBody", colleague.fullName())).setId("role-changed");
        RouterLink back = new RouterLink(getTranslation("orgUsers.backToUsers"), OrganisationUsersView.class);
        back.setId("back-to-users");
        add(back);
    }
}
