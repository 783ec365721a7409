package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.casework.EnforcementActions;
import org.childmaintenance.casework.LiabilityOutcomes;
import org.childmaintenance.casework.LumpSumOrders;
import org.childmaintenance.casework.EnforcementActions.ActionView;
import org.childmaintenance.casework.EnforcementKind;
import org.childmaintenance.casework.EnforcementWarnings;
import org.childmaintenance.employer.EmployerViews.CaseworkOrder;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.identity.OrganisationDirectory.OrganisationInfo;

/**
 * The case's enforcement: deduction orders with employers, the pre-enforcement warning (LC-12.2), the
 * ladder's actions with status, dates and charge, and the next step (one at a time) — a DEO issued to a
 * registered employer in the same step — or ending one, or withdrawing it as made in error.
 */
class EnforcementPanel extends Div {
    private final ErrorSummary summary = new ErrorSummary();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final RadioButtonGroup<EnforcementKind> kind;
    private final TextField amount = Forms.money("enforcement-amount", getTranslation("desk.enforcement.amount"),
            getTranslation("desk.enforcement.amountHint"));
    private final Select<OrganisationInfo> employer = new Select<>();
    private final TextField payroll = Forms.text("deo-payroll", getTranslation("employer.issue.payroll"), null);
    private final RadioButtonGroup<PayFrequency> frequency;
    private final MemorableDateField start = new MemorableDateField("deo-start", getTranslation("employer.issue.start"),
            getTranslation("desk.deo.startHint"), false);
    private final TextField arrears = Forms.money("deo-arrears", getTranslation("employer.issue.arrears"),
            getTranslation("employer.issue.arrearsHint"));
    private final TextField reason = Forms.text("enforcement-reason", getTranslation("desk.action.reason"), null);
    private final TextField override = Forms.text("enforcement-override", getTranslation("desk.enforcement.override"),
            getTranslation("desk.enforcement.overrideHint"));

    private final LumpSumOrders lumpSums;
    private Map<String, Component> finalErrors = Map.of();

    EnforcementPanel(long caseId, EnforcementActions enforcement, LumpSumOrders lumpSums, LiabilityOutcomes outcomes,
                     EnforcementWarnings warnings, List<OrganisationInfo> employers, List<CaseworkOrder> orders,
                     Consumer<String> after) {
        this.lumpSums = lumpSums;
        setId("enforcement");
        orders.forEach(o -> add(new Paragraph(getTranslation("desk.enforcement.deo", o.organisationName(),
                getTranslation("employer.status." + o.status().name()), CaseRecordView.date(o.effectiveDate()),
                MoneyText.format(o.monthlyRate())))));
        EnforcementWarnings.Gate gate = warnings.gate(caseId);
        add(new WarningPanel(caseId, warnings, gate, after));
        add(summary);
        List<ActionView> actions = enforcement.ofCase(caseId);
        if (actions.isEmpty() && orders.isEmpty()) {
            add(new Paragraph(getTranslation("desk.enforcement.none")));
        }
        if (!actions.isEmpty()) {
            actions(enforcement, actions, after);
        }
        if (actions.stream().anyMatch(a -> a.activeLiabilityOrder() || !a.outcomes().isEmpty())) {
            add(new LiabilityOutcomesPanel(actions, outcomes, after));
        }
        add(new H3(getTranslation("desk.enforcement.next")));
        kind = Forms.radios("enforcement-kind", getTranslation("desk.enforcement.next"),
                getTranslation("desk.enforcement.nextHint"), Arrays.asList(EnforcementKind.values()),
                k -> getTranslation("desk.enforcement.kind." + k.name()) + " (" + MoneyText.format(k.charge()) + ")");
        employer.setId("deo-employer");
        org.childmaintenance.base.ui.Forms.label(employer, getTranslation("employer.issue.organisation"));
        employer.setItems(employers);
        employer.setItemLabelGenerator(OrganisationInfo::name);
        frequency = Forms.radios("deo-frequency", getTranslation("employer.order.frequency"), null,
                List.of(PayFrequency.values()), f -> getTranslation("employer.frequency." + f.name()));
        Div deo = new Div(new H3(getTranslation("desk.deo.heading")), employer, payroll, frequency, start, arrears);
        deo.setId("deo-details");
        deo.setVisible(false);
        kind.addValueChangeListener(e -> deo.setVisible(e.getValue() == EnforcementKind.DEO));
        fields.put("enforcement-kind", kind);
        fields.put("enforcement-amount", amount);
        fields.put("deo-employer", employer);
        fields.put("deo-payroll", payroll);
        fields.put("deo-frequency", frequency);
        fields.put("deo-start", start);
        fields.put("deo-arrears", arrears);
        fields.put("enforcement-reason", reason);
        add(kind, amount, deo, reason);
        if (!gate.open()) {
            fields.put("enforcement-override", override);
            add(override);
        }
        add(Forms.primary("take-action", getTranslation("desk.enforcement.take"), e -> take(caseId, enforcement, after)));
        // An order casework issued on the employer's own page becomes the ladder's DEO step, with the reason above.
        java.util.Set<Long> onLadder = enforcement.ordersOnLadder(caseId);
        orders.stream().filter(o -> o.status().inForce() && !onLadder.contains(o.id())).forEach(o -> {
            Button record = new Button(getTranslation("desk.enforcement.recordOrder", o.organisationName()), e -> {
                summary.clear();
                try {
                    enforcement.recordIssuedOrder(caseId, o.id(), reason.getValue(),
                            fields.containsKey("enforcement-override") ? override.getValue() : null);
                    after.accept(getTranslation("desk.enforcement.orderRecorded"));
                } catch (UserFacingException ex) {
                    summary.show(ex.fieldErrors().isEmpty() ? List.of(new FieldError("enforcement-reason", ex.getMessage()))
                            : inPageOrder(ex.fieldErrors()), fields, reason);
                }
            });
            record.setId("record-order-" + o.id());
            add(record);
        });
    }

    private void take(long caseId, EnforcementActions enforcement, Consumer<String> after) {
        summary.clear();
        fields.values().forEach(f -> {
            if (f instanceof MemorableDateField d) {
                d.clearError();
            } else if (f instanceof com.vaadin.flow.component.HasValidation v) {
                Forms.clearErrors(v);
            }
        });
        boolean deoChosen = kind.getValue() == EnforcementKind.DEO;
        FieldError dateTyping = deoChosen && !start.isBlank() ? start.problemKey()
                .map(k -> new FieldError("deo-start", k)).orElse(null) : null;
        LocalDate startDate = deoChosen && !start.isBlank() && dateTyping == null ? start.getValue() : null;
        EnforcementActions.DeoDetails deo = deoChosen ? new EnforcementActions.DeoDetails(
                employer.getValue() == null ? null : employer.getValue().id(), payroll.getValue(), frequency.getValue(),
                startDate, arrears.getValue()) : null;
        try {
            enforcement.take(caseId, new EnforcementActions.Step(kind.getValue(), amount.getValue(), reason.getValue(),
                    fields.containsKey("enforcement-override") ? override.getValue() : null, deo));
            after.accept(getTranslation(deoChosen ? "desk.enforcement.deoIssued" : "desk.enforcement.taken"));
        } catch (UserFacingException ex) {
            List<FieldError> errors = new ArrayList<>();
            if (dateTyping != null) {
                errors.add(dateTyping); // a date that is not a real date says so, not "enter the date"
            }
            ex.fieldErrors().stream().filter(f -> dateTyping == null || !f.field().equals("deo-start")).forEach(errors::add);
            if (errors.isEmpty()) {
                errors.add(new FieldError("enforcement-kind", ex.getMessage()));
            }
            summary.show(inPageOrder(errors), fields, kind);
        }
    }

    private List<FieldError> inPageOrder(List<FieldError> errors) {
        List<String> order = new ArrayList<>(fields.keySet());
        return errors.stream().sorted(java.util.Comparator.comparingInt(f -> order.contains(f.field())
                ? order.indexOf(f.field()) : Integer.MAX_VALUE)).toList();
    }

    private void actions(EnforcementActions enforcement, List<ActionView> actions, Consumer<String> after) {
        TextField endReason = Forms.text("end-reason", getTranslation("desk.enforcement.endReason"), null);
        TextField finalAmount = Forms.money("final-amount", getTranslation("desk.enforcement.finalAmount"),
                getTranslation("desk.enforcement.finalAmountHint"));
        finalErrors = Map.of("end-reason", endReason, "final-amount", finalAmount);
        DataTable t = new DataTable(getTranslation("desk.section.enforcement"), getTranslation("desk.col.action"),
                getTranslation("desk.col.status"), getTranslation("desk.col.amount"), getTranslation("desk.enforcement.charge"),
                getTranslation("desk.enforcement.dates"), getTranslation("desk.enforcement.nextStep"),
                getTranslation("casework.actions"));
        t.setId("enforcement-actions");
        for (ActionView a : actions) {
            Div buttons = new Div();
            if (a.interimLumpSum()) {
                buttons.add(button("final-" + a.id(), "desk.enforcement.makeFinal",
                        () -> lumpSums.makeFinal(a.id(), finalAmount.getValue(), endReason.getValue()), after, endReason));
            }
            if ("ACTIVE".equals(a.status())) {
                buttons.add(button("end-" + a.id(), "desk.enforcement.end",
                        () -> enforcement.end(a.id(), endReason.getValue()), after, endReason));
                buttons.add(button("withdraw-" + a.id(), "desk.enforcement.withdraw",
                        () -> enforcement.withdrawInError(a.id(), endReason.getValue()), after, endReason));
            }
            String amountText = a.weeklyAmount() != null ? getTranslation("desk.enforcement.weekly", MoneyText.format(a.weeklyAmount()))
                    : a.lumpSum() != null ? MoneyText.format(a.lumpSum()) : "";
            String charge = MoneyText.format(a.charge()) + (a.chargeReversed() ? " " + getTranslation("desk.enforcement.reversed") : "");
            Div action = new Div(new Paragraph(kindText(a)));
            if (a.warningOverride() != null) {
                action.add(new Paragraph(getTranslation("desk.enforcement.overridden", a.warningOverride())));
            }
            t.rowOf(action, getTranslation("desk.enforcement.status." + a.status()), amountText, charge,
                    CaseRecordView.date(a.startedOn()) + (a.endedOn() == null ? "" : " – " + CaseRecordView.date(a.endedOn())),
                    nextStep(a), buttons);
        }
        add(t);
        if (actions.stream().anyMatch(ActionView::interimLumpSum)) {
            add(Forms.group(finalAmount));
        }
        add(endReason);
    }

    /** The next step's earliest date of an active action, marked when it has come. */
    private String nextStep(ActionView a) {
        if (a.nextStepFrom() == null) {
            return "";
        }
        String on = CaseRecordView.date(a.nextStepFrom());
        return a.nextStepDue() ? getTranslation("desk.enforcement.nextStepDue", on) : on;
    }

    /** "Deduction from earnings order: Northfield Foods Ltd" for a DEO, else the step's name. */
    static String kindText(Component c, ActionView a) {
        String name = c.getTranslation("desk.enforcement.kind." + a.kind().name());
        if ("INTERIM".equals(a.lsdoStage())) {
            name = c.getTranslation("desk.enforcement.lsdo.INTERIM", name);
        } else if ("FINAL".equals(a.lsdoStage()) && a.deducted() != null) {
            name = c.getTranslation("desk.enforcement.lsdo.FINAL", name, MoneyText.format(a.deducted()));
        }
        return a.employerName() == null ? name : c.getTranslation("desk.enforcement.withEmployer", name, a.employerName());
    }

    private String kindText(ActionView a) {
        return kindText(this, a);
    }

    private Button button(String id, String key, Runnable action, Consumer<String> after, TextField endReason) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
                after.accept(getTranslation(key + ".done"));
            } catch (UserFacingException ex) {
                summary.show(ex.fieldErrors().isEmpty() ? List.of(new FieldError("end-reason", ex.getMessage()))
                        : ex.fieldErrors(), finalErrors, endReason);
            }
        });
        b.setId(id);
        return b;
    }
}
