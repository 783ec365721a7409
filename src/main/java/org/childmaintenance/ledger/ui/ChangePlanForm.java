package org.childmaintenance.ledger.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.ledger.ArrearsPlans;
import org.childmaintenance.ledger.ArrearsPlans.PlanHistoryRow;
import org.childmaintenance.ledger.PlanFrequency;

/** Changing the agreed arrears plan (LC-12.3): amount, frequency, first date and a reason; earlier plans below. */
class ChangePlanForm extends Div {

    ChangePlanForm(ArrearsPlans plans, long caseId, java.util.function.Consumer<Boolean> changed) {
        setId("change-plan");
        ErrorSummary summary = new ErrorSummary();
        Paragraph lead = new Paragraph(getTranslation("ledger.plan.changeLead"));
        TextField amount = Forms.money("change-plan-amount", getTranslation("ledger.plan.changeAmount"), null);
        RadioButtonGroup<PlanFrequency> frequency = Forms.radios("change-plan-frequency",
                getTranslation("ledger.plan.frequency"), null, Arrays.asList(PlanFrequency.values()),
                f -> getTranslation("ledger.plan.frequency." + f.name()));
        MemorableDateField start = new MemorableDateField("change-plan-start", getTranslation("ledger.plan.start"), null, false);
        TextArea reason = new TextArea(getTranslation("ledger.plan.reason"));
        reason.setId("change-plan-reason");
        reason.setMaxLength(300);
        Button change = Forms.primary("change-plan-button", getTranslation("ledger.plan.change"), e -> {
            Forms.clearErrors(amount, frequency, reason);
            summary.clear();
            try {
                int instalments = plans.change(caseId, MoneyText.tryParse(amount.getValue()).orElse(null),
                        frequency.getValue(), start.getValue(), reason.getValue());
                changed.accept(instalments == 0);
            } catch (UserFacingException ex) {
                List<UserFacingException.FieldError> errors = ex.fieldErrors().isEmpty()
                        ? List.of(new UserFacingException.FieldError("form", ex.getMessage())) : ex.fieldErrors();
                Map<String, Component> fields = Map.of("amount", amount, "frequency", frequency, "start", start,
                        "reason", reason);
                summary.show(errors, fields, amount);
            }
        });
        add(new H2(getTranslation("ledger.plan.changeHeading")), summary, lead, Forms.group(amount),
                Forms.group(frequency), Forms.group(start), Forms.group(reason), change);
        List<PlanHistoryRow> ended = plans.history(caseId).stream().filter(r -> r.ended() != null).toList();
        if (!ended.isEmpty()) {
            DataTable table = new DataTable(getTranslation("ledger.plan.historyHeading"),
                    getTranslation("ledger.plan.changeAmount"), getTranslation("ledger.plan.frequency"),
                    getTranslation("ledger.plan.start"), getTranslation("ledger.plan.ended"));
            table.setId("plan-history");
            ended.forEach(r -> table.row(LedgerUi.money(r.amount()),
                    getTranslation("ledger.plan.frequency." + r.frequency().name()), LedgerUi.date(r.firstDate()),
                    LedgerUi.date(r.ended().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())));
            add(new H2(getTranslation("ledger.plan.historyHeading")), table);
        }
    }
}
