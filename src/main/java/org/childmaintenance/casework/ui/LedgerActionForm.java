package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.casework.LedgerApprovals;
import org.childmaintenance.casework.LedgerApprovals.ActionView;
import org.childmaintenance.casework.LedgerApprovals.Outcome;
import org.childmaintenance.ledger.CaseworkLedger.TransactionView;

/**
 * Ledger actions on a case: adjustment, write-off or reversal with a reason; above the approval limit
 * the action waits for a second caseworker (shown on the desk). Lists the case's earlier actions.
 */
class LedgerActionForm extends Div {
    LedgerActionForm(long caseId, LedgerApprovals approvals, List<TransactionView> transactions, List<ActionView> done,
                     Consumer<String> after) {
        setId("ledger-action");
        add(new Paragraph(getTranslation("desk.action.lead", MoneyText.format(approvals.approvalLimit()))));
        ErrorSummary summary = new ErrorSummary();
        RadioButtonGroup<String> kind = Forms.radios("kind", getTranslation("desk.action.kind"), null,
                List.of("ADJUSTMENT", "WRITE_OFF", "REVERSAL"), k -> getTranslation("desk.kind." + k));
        RadioButtonGroup<String> target = Forms.radios("target", getTranslation("desk.action.target"),
                getTranslation("desk.action.targetHint"), List.of("INCREASE", "DECREASE", "MAINTENANCE", "FEES", "CHARGES"),
                t -> getTranslation("desk.target." + t));
        TextField amount = Forms.money("amount", getTranslation("desk.action.amount"), null);
        TextField transaction = Forms.text("transaction", getTranslation("desk.action.transaction"),
                getTranslation("desk.action.transactionHint"));
        TextArea reason = new TextArea(getTranslation("desk.action.reason"));
        reason.setId("reason");
        reason.setMaxLength(1000);
        Map<String, Component> fields = Map.of("kind", kind, "target", target, "amount", amount, "transaction", transaction,
                "reason", reason);
        add(summary, kind, target, amount, transaction, reason, Forms.primary("ask-action", getTranslation("desk.action.ask"), e -> {
            try {
                Long tx = transaction.getValue().isBlank() ? null : parseId(transaction.getValue());
                Outcome o = approvals.request(caseId, new LedgerApprovals.Request(kind.getValue(), amount.getValue(),
                        target.getValue(), tx, reason.getValue()));
                after.accept(getTranslation("desk.action.done." + o.name()));
            } catch (UserFacingException ex) {
                summary.show(ex.fieldErrors().isEmpty()
                        ? List.of(new UserFacingException.FieldError("kind", ex.getMessage())) : ex.fieldErrors(), fields, kind);
            }
        }));
        if (!done.isEmpty()) {
            DataTable t = new DataTable(getTranslation("desk.action.history"), getTranslation("desk.col.when"),
                    getTranslation("desk.col.action"), getTranslation("desk.col.amount"), getTranslation("desk.col.reason"),
                    getTranslation("desk.col.status"));
            t.setId("ledger-actions");
            done.forEach(a -> t.row(CaseRecordView.when(a.requestedAt()), getTranslation("desk.kind." + a.kind()),
                    a.amount() == null ? "tx " + a.transactionId() : MoneyText.format(a.amount()), a.reason(),
                    getTranslation("desk.actionStatus." + a.status())));
            add(t);
        }
        if (transactions.isEmpty()) {
            add(new Paragraph(getTranslation("desk.ledger.noTransactions")));
        }
    }

    private static Long parseId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw UserFacingException.onField("transaction", "desk.error.transaction");
        }
    }
}
