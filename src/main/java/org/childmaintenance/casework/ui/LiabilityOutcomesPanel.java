package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.casework.EnforcementActions.ActionView;
import org.childmaintenance.casework.LiabilityOutcomeKind;
import org.childmaintenance.casework.LiabilityOutcomes;
import org.jspecify.annotations.Nullable;

/**
 * After a liability order (LC-12.4 step 6): the later steps chosen on the case, each with its date and
 * reason, and — while the liability order is active — the form to record the next one.
 */
class LiabilityOutcomesPanel extends Div {
    private final ErrorSummary summary = new ErrorSummary();
    private final RadioButtonGroup<LiabilityOutcomeKind> outcome;
    private final MemorableDateField date = new MemorableDateField("outcome-date", getTranslation("desk.outcome.date"),
            getTranslation("desk.outcome.dateHint"), false);
    private final TextField reason = Forms.text("outcome-reason", getTranslation("desk.outcome.reason"), null);

    LiabilityOutcomesPanel(List<ActionView> actions, LiabilityOutcomes outcomes, Consumer<String> after) {
        setId("liability-outcomes");
        summary.setId("outcome-errors");
        add(new H3(getTranslation("enforcement.outcome.heading")));
        DataTable chosen = table(this, actions, true);
        if (chosen != null) {
            add(chosen);
        }
        outcome = Forms.radios("outcome-kind", getTranslation("desk.outcome.kind"), getTranslation("desk.outcome.kindHint"),
                Arrays.asList(LiabilityOutcomeKind.values()), k -> getTranslation("enforcement.outcome." + k.name()));
        ActionView active = actions.stream().filter(ActionView::activeLiabilityOrder).findFirst().orElse(null);
        if (active != null) {
            add(summary, outcome, date, reason, Forms.primary("choose-outcome", getTranslation("desk.outcome.choose"),
                    e -> choose(active.id(), outcomes, after)));
        }
    }

    /** Every outcome chosen after the case's liability orders: step and date, and the reason for casework. */
    static @Nullable DataTable table(Component page, List<ActionView> actions, boolean withReason) {
        List<LiabilityOutcomes.OutcomeView> all = actions.stream().flatMap(a -> a.outcomes().stream()).toList();
        if (all.isEmpty()) {
            return null;
        }
        List<String> headers = new ArrayList<>(List.of(page.getTranslation("desk.outcome.col.step"),
                page.getTranslation("desk.col.date")));
        if (withReason) {
            headers.add(page.getTranslation("desk.col.reason"));
        }
        DataTable t = new DataTable(page.getTranslation("enforcement.outcome.heading"), headers.toArray(String[]::new));
        t.setId("outcomes-table");
        for (LiabilityOutcomes.OutcomeView o : all) {
            String step = page.getTranslation("enforcement.outcome." + o.outcome().name());
            if (withReason) {
                t.row(step, CaseRecordView.date(o.takenOn()), o.reason() == null ? "" : o.reason());
            } else {
                t.row(step, CaseRecordView.date(o.takenOn()));
            }
        }
        return t;
    }

    private void choose(long actionId, LiabilityOutcomes outcomes, Consumer<String> after) {
        summary.clear();
        date.clearError();
        Forms.clearErrors(outcome, reason);
        FieldError dateTyping = date.isBlank() ? null
                : date.problemKey().map(k -> new FieldError("outcome-date", k)).orElse(null);
        LocalDate on = date.isBlank() || dateTyping != null ? null : date.getValue();
        try {
            outcomes.choose(actionId, new LiabilityOutcomes.Choice(outcome.getValue(), on, reason.getValue()));
            after.accept(getTranslation("desk.outcome.chosen"));
        } catch (UserFacingException ex) {
            List<FieldError> errors = new ArrayList<>();
            ex.fieldErrors().forEach(f -> errors.add(dateTyping != null && f.field().equals("outcome-date") ? dateTyping : f));
            if (errors.isEmpty()) {
                errors.add(new FieldError("outcome-kind", ex.getMessage()));
            }
            Map<String, Component> fields = Map.of("outcome-kind", outcome, "outcome-date", date, "outcome-reason", reason);
            summary.show(errors, fields, outcome);
        }
    }
}
