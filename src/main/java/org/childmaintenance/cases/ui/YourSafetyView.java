package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.SafetyFlags;
import org.childmaintenance.identity.Roles;

/**
 * "Your safety" (LC-17.3, LC-17.6): a parent tells us it is not safe for the other parent to know
 * about them, which sets their safety flag on the case. Reached from the menu and from My case.
 */
@Route(value = "your-safety/:caseId?", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class YourSafetyView extends QuestionPage implements BeforeEnterObserver, SafetySensitive {
    private final CaseService cases;
    private final SafetyFlags safety;

    public YourSafetyView(CaseService cases, SafetyFlags safety) {
        this.cases = cases;
        this.safety = safety;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (event.getRouteParameters().get("caseId").isEmpty()) {
            List<CaseService.CaseSummary> mine = cases.myCases();
            if (mine.size() == 1) {
                show(mine.getFirst().id());
                return;
            }
            setPageTitle(getTranslation("safety.title"));
            heading(getTranslation("safety.title"));
            paragraph(getTranslation(mine.isEmpty() ? "safety.noCase" : "safety.whichCase"));
            mine.forEach(c -> add(new Paragraph(new RouterLink(c.reference() + " (" + String.join(", ", c.childNames()) + ")",
                    YourSafetyView.class, new RouteParameters("caseId", Long.toString(c.id()))))));
            paragraph(getTranslation("apply.q.domestic-abuse.support"));
            return;
        }
        long id = CaseViews.caseId(event);
        CaseViews.load(event, () -> show(id));
    }

    private void show(long caseId) {
        if (safety.mySafetyFlag(caseId)) {
            flagged();
            return;
        }
        QuestionForm f = new QuestionForm(this, getTranslation("apply.q.safe-to-share"),
                getTranslation("apply.q.safe-to-share.hint"));
        f.content().add(new Paragraph(getTranslation("apply.q.domestic-abuse.support")));
        Boolean[] unsafe = new Boolean[1];
        f.yesNo("unsafe", null, null, v -> unsafe[0] = v);
        showQuestion(f, null, getTranslation("safety.save"), () -> {
            if (unsafe[0] == null) {
                showErrors(List.of(new FieldError("unsafe", "error.safety.missing")));
            } else if (unsafe[0]) {
                safety.flagMySafety(caseId);
                flagged();
            } else {
                removeAll();
                setPageTitle(getTranslation("safety.title"));
                heading(getTranslation("safety.title"));
                paragraph(getTranslation("safety.unchanged"));
                backToCase(caseId);
            }
        });
    }

    private void flagged() {
        removeAll();
        setPageTitle(getTranslation("safety.title"));
        heading(getTranslation("safety.title"));
        Div done = new Div(new Paragraph(getTranslation("safety.flagged")));
        done.setId("safety-flagged");
        add(done);
        paragraph(getTranslation("apply.q.domestic-abuse.support"));
    }

    private void backToCase(long caseId) {
        add(new Paragraph(new RouterLink(getTranslation("safety.back"), MyCaseView.class,
                new RouteParameters("caseId", Long.toString(caseId)))));
    }
}
