package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.CaseService.CaseworkItem;
import org.childmaintenance.cases.SafetyFlags;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.base.DisplayFormats;

/**
 * Minimal caseworker queues: find the other parent (letter with a code, record found), settle
 * parentage, apply the default rate when details are overdue, close cases on request.
 */
@Route(value = "casework/cases", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class CaseworkView extends PortalPage {
    private final CaseService cases;
    private final SafetyFlags safety;
    private final Paragraph message = new Paragraph();

    public CaseworkView(CaseService cases, SafetyFlags safety) {
        this.cases = cases;
        this.safety = safety;
        render();
    }

    private void render() {
        removeAll();
        heading(getTranslation("casework.title"));
        message.setId("casework-message");
        message.getElement().setAttribute("role", "status");
        add(message);
        CaseService.CaseworkQueues q = cases.caseworkQueues();
        add(table("finding", getTranslation("casework.finding"), q.findingOtherParent(), item -> new Div(
                CaseViews.pdfLink("letter-" + item.caseId(), getTranslation("casework.letter"), "invitation-" + item.reference() + ".pdf",
                        () -> cases.invitationLetter(item.caseId())),
                button("found-" + item.caseId(), getTranslation("casework.found"), () -> cases.recordOtherParentFound(item.caseId()),
                        "casework.done.found", item))));
        add(table("parentage", getTranslation("casework.parentage"), q.parentage(), item -> new Div(
                button("presumed-" + item.caseId(), getTranslation("casework.presumed"),
                        () -> cases.resolveParentage(item.caseId(), CaseService.ParentageOutcome.PRESUMED), "casework.done.parentage", item),
                button("dna-yes-" + item.caseId(), getTranslation("casework.dnaConfirmed"),
                        () -> cases.resolveParentage(item.caseId(), CaseService.ParentageOutcome.DNA_CONFIRMED), "casework.done.parentage", item),
                button("dna-no-" + item.caseId(), getTranslation("casework.dnaExcluded"),
                        () -> cases.resolveParentage(item.caseId(), CaseService.ParentageOutcome.DNA_EXCLUDED), "casework.done.parentage", item))));
        add(table("awaiting", getTranslation("casework.awaiting"), q.awaitingDetails(), item -> button("default-" + item.caseId(),
                getTranslation("casework.default"), () -> cases.applyDefaultRate(item.caseId()), "casework.done.default", item)));
        add(table("closures", getTranslation("casework.closures"), q.closureRequests(), item -> button("close-" + item.taskId(),
                getTranslation("casework.close"), () -> cases.closeOnRequest(item.caseId(), item.taskId()), "casework.done.closed", item)));
        add(table("duplicates", getTranslation("casework.duplicates"), q.possibleDuplicates(), item -> button("checked-" + item.taskId(),
                getTranslation("casework.duplicateChecked"), () -> cases.duplicateChecked(item.caseId(), item.taskId()),
                "casework.done.duplicateChecked", item)));
        add(new SafetyFlagForm(safety));
    }

    private Component table(String id, String caption, List<CaseworkItem> items, Function<CaseworkItem, Component> actions) {
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(caption + ": " + getTranslation("casework.none"));
            none.setId(id + "-none");
            return none;
        }
        DataTable table = new DataTable(caption, getTranslation("mycase.reference"), getTranslation("casework.receiving"),
                getTranslation("casework.paying"), getTranslation("casework.dueOrNote"), getTranslation("casework.actions"));
        table.setId(id);
        for (CaseworkItem i : items) {
            String due = i.detailsDueDate() == null ? "" : DisplayFormats.date(i.detailsDueDate());
            table.rowOf(i.reference(), i.receivingName(), i.payingName(), i.note() == null ? due : i.note(), actions.apply(i));
        }
        return table;
    }

    private Button button(String id, String text, Runnable action, String doneKey, CaseworkItem item) {
        Button b = new Button(text, e -> {
            try {
                action.run();
                render();
                message.setText(getTranslation(doneKey, item.reference()));
            } catch (UserFacingException ex) {
                message.setText(getTranslation(ex.getMessage()));
            }
        });
        b.setId(id);
        return b;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("casework.title");
    }
}
