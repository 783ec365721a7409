package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.Roles;

/** Confirmation: the case reference in a panel, then what happens next. Safe to bookmark. */
@Route(value = "apply/sent/:caseId", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ApplySentView extends PortalPage implements BeforeEnterObserver {
    private final CaseService cases;

    public ApplySentView(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long caseId = MyCaseView.caseIdParam(event);
        CaseService.Submitted[] found = new CaseService.Submitted[1];
        if (!CaseViews.load(event, () -> found[0] = cases.sentApplication(caseId))) {
            return;
        }
        CaseService.Submitted sent = found[0];
        removeAll();
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("confirmation");
        H1 h1 = new H1(getTranslation("apply.sent.title"));
        h1.setId("page-heading");
        h1.getElement().setAttribute("tabindex", "-1");
        Span reference = new Span(sent.reference());
        reference.setId("case-reference");
        reference.getElement().getStyle().set("font-weight", "700");
        Paragraph p = new Paragraph(getTranslation("apply.sent.reference") + " ");
        p.add(reference);
        panel.add(h1, p);
        add(panel);
        add(new H2(getTranslation("apply.sent.next")));
        paragraph(getTranslation("apply.sent.nextBody"));
        paragraph(getTranslation("apply.sent.timing"));
        add(new H2(getTranslation("apply.sent.contact")));
        paragraph(getTranslation("apply.sent.contactBody"));
        add(new Paragraph(new RouterLink(getTranslation("apply.sent.myCase"), MyCaseView.class)));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("apply.sent.title");
    }
}
