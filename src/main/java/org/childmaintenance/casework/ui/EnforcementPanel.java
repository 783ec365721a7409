package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.casework.EnforcementActions;
import org.childmaintenance.casework.EnforcementActions.ActionView;
import org.childmaintenance.casework.EnforcementKind;
import org.childmaintenance.employer.EmployerViews.CaseworkOrder;

/**
 * The case's enforcement: deduction orders with employers, the ladder's actions with status, dates and
 * charge, and taking the next step (one at a time), ending it, or withdrawing it as made in error.
 */
class EnforcementPanel extends Div {
    EnforcementPanel(long caseId, EnforcementActions enforcement, List<CaseworkOrder> orders, Consumer<String> after) {
        setId("enforcement");
        orders.forEach(o -> add(new Paragraph(getTranslation("desk.enforcement.deo", o.organisationName(),
                getTranslation("employer.status." + o.status().name()), CaseRecordView.date(o.effectiveDate()),
                MoneyText.format(o.monthlyRate())))));
        List<ActionView> actions = enforcement.ofCase(caseId);
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        TextField endReason = Forms.text("end-reason", getTranslation("desk.enforcement.endReason"), null);
        if (actions.isEmpty() && orders.isEmpty()) {
            add(new Paragraph(getTranslation("desk.enforcement.none")));
        }
        if (!actions.isEmpty()) {
            DataTable t = new DataTable(getTranslation("desk.section.enforcement"), getTranslation("desk.col.action"),
                    getTranslation("desk.col.status"), getTranslation("desk.col.amount"), getTranslation("desk.enforcement.charge"),
                    getTranslation("desk.enforcement.dates"), getTranslation("casework.actions"));
            t.setId("enforcement-actions");
            for (ActionView a : actions) {
                Div buttons = new Div();
                if ("ACTIVE".equals(a.status())) {
                    buttons.add(button("end-" + a.id(), "desk.enforcement.end",
                            () -> enforcement.end(a.id(), endReason.getValue()), after, summary, endReason));
                    buttons.add(button("withdraw-" + a.id(), "desk.enforcement.withdraw",
                            () -> enforcement.withdrawInError(a.id(), endReason.getValue()), after, summary, endReason));
                }
                String amount = a.weeklyAmount() != null ? getTranslation("desk.enforcement.weekly", MoneyText.format(a.weeklyAmount()))
                        : a.lumpSum() != null ? MoneyText.format(a.lumpSum()) : "";
                String charge = MoneyText.format(a.charge()) + (a.chargeReversed() ? " " + getTranslation("desk.enforcement.reversed") : "");
                t.rowOf(getTranslation("desk.enforcement.kind." + a.kind().name()),
                        getTranslation("desk.enforcement.status." + a.status()), amount, charge,
                        CaseRecordView.date(a.startedOn()) + (a.endedOn() == null ? "" : " – " + CaseRecordView.date(a.endedOn())),
                        buttons);
            }
            add(t, endReason);
        }
        RadioButtonGroup<EnforcementKind> kind = Forms.radios("enforcement-kind", getTranslation("desk.enforcement.next"),
                getTranslation("desk.enforcement.nextHint"), Arrays.asList(EnforcementKind.values()),
                k -> getTranslation("desk.enforcement.kind." + k.name()) + " (" + MoneyText.format(k.charge()) + ")");
        TextField amount = Forms.money("enforcement-amount", getTranslation("desk.enforcement.amount"),
                getTranslation("desk.enforcement.amountHint"));
        TextField reason = Forms.text("enforcement-reason", getTranslation("desk.action.reason"), null);
        Map<String, Component> fields = Map.of("enforcement-kind", kind, "enforcement-amount", amount, "enforcement-reason", reason);
        add(kind, amount, reason, Forms.primary("take-action", getTranslation("desk.enforcement.take"), e -> {
            try {
                enforcement.take(caseId, kind.getValue(), amount.getValue(), reason.getValue());
                after.accept(getTranslation("desk.enforcement.taken"));
            } catch (UserFacingException ex) {
                summary.show(ex.fieldErrors(), fields, kind);
            }
        }));
        add(new Anchor("casework/deductions/issue", getTranslation("desk.enforcement.link")));
    }

    private Button button(String id, String key, Runnable action, Consumer<String> after, ErrorSummary summary,
                          TextField reason) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
                after.accept(getTranslation(key + ".done"));
            } catch (UserFacingException ex) {
                summary.show(ex.fieldErrors().isEmpty() ? List.of(new UserFacingException.FieldError("end-reason", ex.getMessage()))
                        : ex.fieldErrors(), Map.of("end-reason", reason), reason);
            }
        });
        b.setId(id);
        return b;
    }
}
