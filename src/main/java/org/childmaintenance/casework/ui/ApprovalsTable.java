package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.childmaintenance.base.DisplayFormats;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.casework.LedgerApprovals;
import org.childmaintenance.casework.LedgerApprovals.ActionView;
import org.childmaintenance.ledger.PlanApprovals;
import org.childmaintenance.ledger.PlanApprovals.PendingPlan;

/**
 * Ledger actions and arrears plans (LC-12.3) waiting for a second caseworker, with Approve and Reject (nobody
 * approves their own).
 */
class ApprovalsTable extends Div {
    private final LedgerApprovals approvals;
    private final PlanApprovals plans;
    private final Consumer<String> done;

    ApprovalsTable(LedgerApprovals approvals, PlanApprovals plans, Consumer<String> done) {
        this.approvals = approvals;
        this.plans = plans;
        this.done = done;
        setId("approvals");
        render();
    }

    private void render() {
        removeAll();
        actions();
        plans();
    }

    private void plans() {
        List<PendingPlan> pending = plans.pending();
        if (pending.isEmpty()) {
            return;
        }
        DataTable t = new DataTable(getTranslation("desk.planApprovals"), getTranslation("desk.col.case"),
                getTranslation("desk.col.action"), getTranslation("desk.col.plan"), getTranslation("desk.col.reason"),
                getTranslation("casework.actions"));
        t.setId("plan-approvals-table");
        for (PendingPlan p : pending) {
            Div actions = new Div();
            if (p.mine()) {
                actions.add(new Paragraph(getTranslation("desk.approvals.yours")));
            } else {
                actions.add(button("approve-plan-" + p.id(), "desk.approve", () -> plans.approvePlan(p.id()),
                        "desk.planApproved"));
            }
            actions.add(button("reject-plan-" + p.id(), "desk.reject", () -> plans.rejectPlan(p.id()), "desk.planRejected"));
            t.rowOf(String.valueOf(p.caseId()), getTranslation("desk.planKind." + p.kind()),
                    getTranslation("desk.planTerms", MoneyText.format(p.amount()),
                            getTranslation("ledger.plan.frequency." + p.frequency().name()),
                            DisplayFormats.date(p.firstDate()), MoneyText.format(p.arrears())),
                    p.reason() == null ? "" : p.reason(), actions);
        }
        add(t);
    }

    private void actions() {
        List<ActionView> pending = approvals.pending();
        if (pending.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("desk.approvals.none", MoneyText.format(approvals.approvalLimit())));
            none.setId("no-approvals");
            add(none);
            return;
        }
        DataTable t = new DataTable(getTranslation("desk.approvals"), getTranslation("desk.col.case"),
                getTranslation("desk.col.action"), getTranslation("desk.col.amount"), getTranslation("desk.col.reason"),
                getTranslation("casework.actions"));
        t.setId("approvals-table");
        for (ActionView a : pending) {
            Div actions = new Div();
            if (a.mine()) {
                actions.add(new Paragraph(getTranslation("desk.approvals.yours")));
            } else {
                actions.add(button("approve-" + a.id(), "desk.approve", () -> approvals.approve(a.id()), "desk.approved"));
            }
            actions.add(button("reject-" + a.id(), "desk.reject", () -> approvals.reject(a.id()), "desk.rejected"));
            t.rowOf(String.valueOf(a.caseId()), getTranslation("desk.kind." + a.kind()),
                    a.amount() == null ? "" : MoneyText.format(a.amount()), a.reason(), actions);
        }
        add(t);
    }

    private Button button(String id, String key, Runnable action, String doneKey) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
                render();
                done.accept(getTranslation(doneKey));
            } catch (UserFacingException ex) {
                done.accept(getTranslation(ex.getMessage()));
            }
        });
        b.setId(id);
        return b;
    }
}
