package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.casework.EnforcementWarnings;
import org.childmaintenance.casework.EnforcementWarnings.Gate;
import org.childmaintenance.casework.EnforcementWarnings.WarningView;

/**
 * The pre-enforcement warning on the case page (LC-12.2): where the case stands (no arrears, warn first,
 * waiting for the pay-by date, date passed, or enforcement already under way), the warnings sent, and
 * "Send the warning letter" when one is due.
 */
class WarningPanel extends Div {
    WarningPanel(long caseId, EnforcementWarnings warnings, Gate gate, Consumer<String> after) {
        setId("enforcement-warning");
        add(new H3(getTranslation("desk.warning.heading")));
        WarningView w = gate.warning();
        String arrears = MoneyText.format(gate.arrears());
        String since = CaseRecordView.date(gate.arrearsSince());
        Paragraph state = new Paragraph(switch (gate.state()) {
            case NO_ARREARS -> getTranslation("desk.warning.state.NO_ARREARS");
            case UNDER_WAY -> getTranslation("desk.warning.state.UNDER_WAY", arrears, since);
            case WARN_FIRST -> getTranslation("desk.warning.state.WARN_FIRST", arrears, since,
                    EnforcementWarnings.DAYS_TO_PAY);
            case WAITING, DATE_PASSED -> getTranslation("desk.warning.state." + gate.state().name(),
                    CaseRecordView.date(w == null ? null : w.sentOn()), MoneyText.format(w == null ? null : w.amount()),
                    CaseRecordView.date(w == null ? null : w.payBy()));
        });
        state.setId("warning-state");
        add(state);
        if (gate.state() == EnforcementWarnings.State.WARN_FIRST) {
            Paragraph problem = new Paragraph();
            problem.setId("warning-problem");
            problem.getElement().setAttribute("role", "alert");
            Button send = new Button(getTranslation("desk.warning.send"));
            send.setId("send-warning");
            send.setDisableOnClick(true);
            send.addClickListener(e -> {
                try {
                    warnings.send(caseId);
                    after.accept(getTranslation("desk.warning.sent"));
                } catch (UserFacingException ex) {
                    problem.setText(getTranslation(ex.getMessage()));
                    send.setEnabled(true);
                }
            });
            add(send, problem);
        }
        List<WarningView> sent = warnings.ofCase(caseId);
        if (!sent.isEmpty()) {
            DataTable t = new DataTable(getTranslation("desk.warning.sentTable"), getTranslation("desk.warning.col.sent"),
                    getTranslation("desk.warning.col.amount"), getTranslation("desk.warning.col.since"),
                    getTranslation("desk.warning.col.payBy"));
            t.setId("warnings-sent");
            sent.forEach(v -> t.row(CaseRecordView.date(v.sentOn()), MoneyText.format(v.amount()),
                    CaseRecordView.date(v.arrearsSince()), CaseRecordView.date(v.payBy())));
            add(t.numeric(1));
        }
    }
}
