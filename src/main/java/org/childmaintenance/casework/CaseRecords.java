package org.childmaintenance.casework;

import java.util.List;
import java.util.Optional;
import org.childmaintenance.audit.AuditRecord;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.cases.CaseworkLookup.CaseFile;
import org.childmaintenance.casework.CaseworkDesk.NoteView;
import org.childmaintenance.casework.LedgerApprovals.ActionView;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.CaseworkOrder;
import org.childmaintenance.ledger.CaseworkLedger;
import org.childmaintenance.ledger.CaseworkLedger.TransactionView;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.messages.CaseworkMessages;
import org.childmaintenance.messages.MessageViews.InboxFilter;
import org.childmaintenance.messages.MessageViews.InboxItem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Everything about one case for the casework case page, gathered from each feature's public API:
 * parties, children, decisions, schedule, ledger, documents, messages, deduction orders, notes and
 * the audit trail. Opening it is audited.
 */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class CaseRecords {
    /** The whole case. {@code payments} is null when the case has no payment schedule yet. */
    public record CaseRecord(CaseFile file, @Nullable CasePayments payments, List<TransactionView> transactions,
                             List<InboxItem> messages, List<CaseworkOrder> orders, List<NoteView> notes,
                             List<ActionView> ledgerActions, List<AuditRecord> auditTrail) {
    }

    private final CaseworkLookup lookup;
    private final LedgerQueries ledger;
    private final CaseworkLedger ledgerReads;
    private final CaseworkMessages messages;
    private final DeductionOrderService orders;
    private final CaseworkDesk desk;
    private final LedgerApprovals approvals;
    private final AuditService audit;

    CaseRecords(CaseworkLookup lookup, LedgerQueries ledger, CaseworkLedger ledgerReads, CaseworkMessages messages,
                DeductionOrderService orders, CaseworkDesk desk, LedgerApprovals approvals, AuditService audit) {
        this.lookup = lookup;
        this.ledger = ledger;
        this.ledgerReads = ledgerReads;
        this.messages = messages;
        this.orders = orders;
        this.desk = desk;
        this.approvals = approvals;
        this.audit = audit;
    }

    public Optional<CaseRecord> caseRecord(long caseId) {
        Optional<CaseFile> found = lookup.caseFile(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseFile file = found.get();
        audit.record("CASEWORK_CASE_VIEWED", "case", Long.toString(caseId), null);
        CasePayments payments;
        try {
            payments = ledger.casePayments(caseId);
        } catch (UserFacingException noSchedule) {
            payments = null;
        }
        List<InboxItem> conversations = messages.inbox(new InboxFilter(file.reference(), null, null, false)).items().stream()
                .filter(i -> file.reference().equals(i.caseReference())).toList();
        List<CaseworkOrder> caseOrders = orders.allOrders().stream()
                .filter(o -> file.reference().equals(o.caseReference())).toList();
        return Optional.of(new CaseRecord(file, payments, ledgerReads.transactions(caseId), conversations, caseOrders,
                desk.notes(caseId), approvals.ofCase(caseId), audit.trailOf("case", Long.toString(caseId), 200)));
    }
}
