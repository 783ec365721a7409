package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.cases.CaseQuestion;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.Roles;

/** The paying parent's income and circumstances (LC-3.2, LC-4.2), then the decision. */
@Route(value = "my-case/:caseId/your-details", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class PayingDetailsView extends CaseJourneyView {
    public PayingDetailsView(CaseService cases) {
        super(cases);
    }

    @Override
    protected boolean prepare(BeforeEnterEvent event) {
        return true;
    }

    @Override
    protected List<CaseQuestion.Ref> questions() {
        return cases.detailsQuestions(caseId, answers);
    }

    @Override
    protected String startHref() {
        return "my-case/" + caseId;
    }

    @Override
    protected void showCheck() {
        removeAll();
        setShowingErrors(false);
        add(backFromCheck());
        add(summary);
        summary.clear();
        setPageTitle(getTranslation("details.check.title"));
        heading(getTranslation("details.check.title"));
        add(answersList());
        paragraph(getTranslation("details.check.declaration"));
        add(Forms.primary("confirm-and-send", getTranslation("details.check.send"), e -> {
            try {
                cases.givePayingDetails(caseId, answers);
                UI.getCurrent().navigate(MyCaseView.class, new RouteParameters("caseId", Long.toString(caseId)));
            } catch (UserFacingException ex) {
                paragraph(getTranslation(ex.getMessage())).setId("send-problem");
            }
        }));
    }
}
