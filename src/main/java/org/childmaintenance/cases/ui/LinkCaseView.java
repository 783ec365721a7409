package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.PartyRole;
import org.childmaintenance.identity.Roles;

/**
 * The other parent enters the activation code from their e-mail or letter, sees what the case is
 * about and joins it; a named paying parent is asked whether they are the children's parent (LC-5.1),
 * and everyone is asked the applicant's domestic-abuse question (LC-17.4), which can set their safety flag.
 */
@Route(value = "link-case", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class LinkCaseView extends QuestionPage implements SafetySensitive {
    private final CaseService cases;
    private String code = "";

    public LinkCaseView(CaseService cases) {
        this.cases = cases;
        askCode();
    }

    private void askCode() {
        QuestionForm f = new QuestionForm(this, getTranslation("link.code.title"), getTranslation("link.code.hint"));
        f.text("code", null, code, v -> code = v, "field--narrow")
                .getElement().setAttribute("autocomplete", "one-time-code");
        showQuestion(f, backAnchor("my-case", getTranslation("link.back")), getTranslation("button.continue"), () -> {
            try {
                confirm(cases.previewInvitation(code));
            } catch (UserFacingException e) {
                showErrors(e.fieldErrors());
            }
        });
    }

    private void confirm(CaseService.InvitationPreview preview) {
        String children = String.join(", ", preview.childNames());
        QuestionForm f;
        Boolean[] answer = new Boolean[1];
        if (preview.yourRole() == PartyRole.PAYING) {
            f = new QuestionForm(this, getTranslation("link.parentage.title", children), null);
            f.yesNo("acceptsParentage", null, null, v -> answer[0] = v);
        } else {
            f = new QuestionForm(this, getTranslation("link.confirm.title"), null);
        }
        f.content().addComponentAsFirst(new Paragraph(getTranslation("link.confirm.body", preview.applicantName(),
                children, preview.caseReference(), getTranslation("role." + preview.yourRole().name()))));
        showQuestion(f, null, getTranslation("button.continue"), () -> {
            if (preview.yourRole() == PartyRole.PAYING && answer[0] == null) {
                showErrors(List.of(new UserFacingException.FieldError("acceptsParentage", "error.link.parentage.missing")));
                return;
            }
            askSafety(answer[0]);
        });
    }

    /** The same domestic-abuse question the applicant was asked (LC-17.4), with the helpline. */
    private void askSafety(Boolean acceptsParentage) {
        QuestionForm f = new QuestionForm(this, getTranslation("apply.q.domestic-abuse"),
                getTranslation("apply.q.domestic-abuse.hint"));
        f.content().add(new Paragraph(getTranslation("apply.q.domestic-abuse.support")));
        Boolean[] abuse = new Boolean[1];
        f.yesNo("domesticAbuse", null, null, v -> abuse[0] = v);
        showQuestion(f, null, getTranslation("link.confirm.button"), () -> {
            if (abuse[0] == null) {
                showErrors(List.of(new UserFacingException.FieldError("domesticAbuse", "error.apply.domesticAbuse.missing")));
                return;
            }
            try {
                long caseId = cases.acceptInvitation(code, acceptsParentage, abuse[0]);
                UI.getCurrent().navigate(MyCaseView.class, new RouteParameters("caseId", Long.toString(caseId)));
            } catch (UserFacingException e) {
                showErrors(e.fieldErrors().isEmpty() ? List.of() : e.fieldErrors());
            }
        });
    }
}
