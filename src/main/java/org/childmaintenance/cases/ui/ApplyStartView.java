package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.cases.ApplicationDraft;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.Roles;

/**
 * Start page of the application: who can apply, what you need, and carrying on with a saved draft.
 * {@code ?reference=…} (from the options journey) is carried to the reference page, filled in.
 */
@Route(value = "apply", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ApplyStartView extends PortalPage implements SafetySensitive, BeforeEnterObserver {
    private Anchor onward;
    private boolean onwardIsReferencePage;

    public ApplyStartView(CaseService cases) {
        heading(getTranslation("apply.start.title"));
        lead(getTranslation("apply.start.lead"));
        add(new H2(getTranslation("apply.start.who")));
        paragraph(getTranslation("apply.start.whoBody"));
        add(new H2(getTranslation("apply.start.need")));
        UnorderedList need = new UnorderedList(new ListItem(getTranslation("apply.start.need1")),
                new ListItem(getTranslation("apply.start.need2")), new ListItem(getTranslation("apply.start.need3")),
                new ListItem(getTranslation("apply.start.need4")));
        need.addClassName("bullets");
        add(need);
        paragraph(getTranslation("apply.start.time"));
        paragraph(getTranslation("apply.start.saved"));
        if (cases.hasDraft()) {
            ApplicationDraft draft = cases.myDraft();
            Anchor resume = new Anchor(ApplyQuestionView.location(cases.resumeStep(draft), false),
                    getTranslation("apply.start.continue"));
            if (cases.resumeStep(draft).step() == org.childmaintenance.cases.ApplyStep.CHECK) {
                resume.setHref("apply/check-answers");
            }
            resume.setId("start-now");
            onward = resume;
            onwardIsReferencePage = cases.resumeStep(draft).step() == org.childmaintenance.cases.ApplyStep.REFERENCE;
            resume.addClassName("button-link");
            add(new Paragraph(resume));
            add(Forms.group(new com.vaadin.flow.component.button.Button(getTranslation("apply.start.discard"), e -> {
                cases.discardDraft();
                getUI().ifPresent(ui -> ui.getPage().reload());
            })));
        } else {
            Anchor start = new Anchor("apply/reference", getTranslation("apply.start.button"));
            start.setId("start-now");
            onward = start;
            onwardIsReferencePage = true;
            start.addClassName("button-link");
            add(new Paragraph(start));
        }
        add(new H2(getTranslation("apply.start.other")));
        paragraph(getTranslation("apply.start.otherBody"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = ApplyQuestionView.referenceFrom(event.getLocation().getQueryParameters());
        if (reference != null && onwardIsReferencePage) {
            onward.setHref("apply/reference?reference=" + reference);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("apply.start.title");
    }
}
