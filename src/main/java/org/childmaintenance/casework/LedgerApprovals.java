package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.ledger.CaseworkLedger;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.ledger.PostingRules.WriteOffTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ledger actions from the casework desk (adjustment, write-off, reversal), each with a reason. Up to
 * the approval limit they post at once; above it they wait until a different caseworker approves
 * (nobody approves their own), and only then is the ledger posted.
 */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class LedgerApprovals {
    /**
     * What the caseworker asks for: {@code kind} ADJUSTMENT, WRITE_OFF or REVERSAL. An adjustment has an amount
     * and {@code target} INCREASE or DECREASE (of maintenance owed); a write-off an amount and a target
     * (MAINTENANCE, FEES, CHARGES); a reversal the transaction's id.
     */
    public record Request(String kind, @Nullable String amount, @Nullable String target, @Nullable Long transactionId,
                          @Nullable String reason) {
    }

    /** An action as the desk shows it. */
    public record ActionView(long id, long caseId, String kind, @Nullable BigDecimal amount, @Nullable String target,
                             @Nullable Long transactionId, String reason, String status, boolean mine, Instant requestedAt) {
    }

    /** Whether the action was posted now or waits for a second caseworker. */
    public enum Outcome { POSTED, AWAITING_APPROVAL }

    private final LedgerActionRepository actions;
    private final LedgerService ledger;
    private final CaseworkLedger ledgerReads;
    private final CaseworkLookup lookup;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final BigDecimal approvalLimit;

    LedgerApprovals(LedgerActionRepository actions, LedgerService ledger, CaseworkLedger ledgerReads, CaseworkLookup lookup,
                    CurrentUser currentUser, AuditService audit, Clock clock,
                    @Value("${portal.casework.approval-limit:500.00}") BigDecimal approvalLimit) {
        this.actions = actions;
        this.ledger = ledger;
        this.ledgerReads = ledgerReads;
        this.lookup = lookup;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.approvalLimit = approvalLimit.setScale(2, RoundingMode.UNNECESSARY);
    }

    public BigDecimal approvalLimit() {
        return approvalLimit;
    }

    /** Asks for an action: checked, then posted at once (up to the limit) or kept for a second caseworker. */
    @Transactional
    public Outcome request(long caseId, Request r) {
        if (!lookup.exists(caseId)) {
            throw new UserFacingException("desk.error.noCase");
        }
        LedgerAction.Kind kind = parseKind(r.kind());
        List<FieldError> errors = new ArrayList<>();
        String reason = r.reason() == null ? "" : r.reason().strip();
        if (reason.isEmpty()) {
            errors.add(new FieldError("reason", "desk.error.reason"));
        } else if (reason.length() > 1000) {
            errors.add(new FieldError("reason", "desk.error.reasonTooLong"));
        }
        BigDecimal amount = null;
        String target = null;
        Long txId = null;
        if (kind == LedgerAction.Kind.REVERSAL) {
            txId = r.transactionId();
            Long wanted = txId;
            if (wanted == null || ledgerReads.transactions(caseId).stream().noneMatch(t -> t.id() == wanted && t.reversible())) {
                errors.add(new FieldError("transaction", "desk.error.transaction"));
            } else {
                amount = ledgerReads.transactions(caseId).stream().filter(t -> t.id() == wanted).findFirst()
                        .map(LedgerApprovals::size).orElse(BigDecimal.ZERO);
            }
        } else {
            amount = parseAmount(r.amount(), errors);
            if (kind == LedgerAction.Kind.WRITE_OFF) {
                target = parseTarget(r.target(), errors);
            } else if (!"INCREASE".equals(r.target()) && !"DECREASE".equals(r.target())) {
                errors.add(new FieldError("target", "desk.error.direction"));
            } else {
                target = r.target();
                amount = amount != null && "DECREASE".equals(target) ? amount.negate() : amount;
            }
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        long me = currentUser.require().accountId();
        LedgerAction a = actions.save(new LedgerAction(caseId, kind, kind == LedgerAction.Kind.REVERSAL ? null : amount,
                target, txId, reason, me, clock.instant()));
        audit.record("CASEWORK_LEDGER_ACTION_REQUESTED", "case", Long.toString(caseId),
                kind + " " + (amount == null ? "" : amount) + (txId == null ? "" : " tx " + txId) + ": " + reason);
        if (amount != null && amount.abs().compareTo(approvalLimit) > 0) {
            return Outcome.AWAITING_APPROVAL;
        }
        post(a);
        a.decide(LedgerAction.Status.APPROVED, me, clock.instant());
        return Outcome.POSTED;
    }

    /** A different caseworker approves: the ledger is posted now. */
    @Transactional
    public void approve(long actionId) {
        LedgerAction a = pending(actionId);
        long me = currentUser.require().accountId();
        if (a.requestedBy() == me) {
            throw new UserFacingException("desk.error.ownApproval");
        }
        post(a);
        a.decide(LedgerAction.Status.APPROVED, me, clock.instant());
        audit.record("CASEWORK_LEDGER_ACTION_APPROVED", "case", Long.toString(a.caseId()), "action " + a.id());
    }

    /** A different caseworker (or the one who asked, to withdraw it) turns it down; nothing is posted. */
    @Transactional
    public void reject(long actionId) {
        LedgerAction a = pending(actionId);
        a.decide(LedgerAction.Status.REJECTED, currentUser.require().accountId(), clock.instant());
        audit.record("CASEWORK_LEDGER_ACTION_REJECTED", "case", Long.toString(a.caseId()), "action " + a.id());
    }

    /** Actions waiting for approval, oldest first. */
    @Transactional(readOnly = true)
    public List<ActionView> pending() {
        return actions.findByStatusOrderByRequestedAt(LedgerAction.Status.PENDING).stream().map(this::view).toList();
    }

    /** A case's actions, newest first. */
    @Transactional(readOnly = true)
    public List<ActionView> ofCase(long caseId) {
        return actions.findByCaseIdOrderByRequestedAtDesc(caseId).stream().map(this::view).toList();
    }

    private ActionView view(LedgerAction a) {
        return new ActionView(a.id(), a.caseId(), a.kind().name(), a.amount(), a.target(), a.transactionId(), a.reason(),
                a.status().name(), Objects.equals(a.requestedBy(), currentUser.require().accountId()), a.requestedAt());
    }

    private LedgerAction pending(long actionId) {
        return actions.findById(actionId).filter(a -> a.status() == LedgerAction.Status.PENDING)
                .orElseThrow(() -> new UserFacingException("desk.error.notPending"));
    }

    private void post(LedgerAction a) {
        String ref = "casework-" + a.id();
        switch (a.kind()) {
            case ADJUSTMENT -> ledger.adjust(a.caseId(), Objects.requireNonNull(a.amount()), a.reason(), ref);
            case WRITE_OFF -> ledger.writeOff(a.caseId(), WriteOffTarget.valueOf(Objects.requireNonNull(a.target())),
                    Objects.requireNonNull(a.amount()), a.reason(), ref);
            case REVERSAL -> ledger.reverse(a.caseId(), Objects.requireNonNull(a.transactionId()), a.reason());
        }
    }

    private static BigDecimal size(CaseworkLedger.TransactionView t) {
        return t.entries().stream().map(CaseworkLedger.EntryView::amount).filter(x -> x.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LedgerAction.Kind parseKind(String kind) {
        try {
            return LedgerAction.Kind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw UserFacingException.onField("kind", "desk.error.kind");
        }
    }

    private static @Nullable String parseTarget(@Nullable String target, List<FieldError> errors) {
        try {
            return WriteOffTarget.valueOf(Objects.requireNonNull(target)).name();
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError("target", "desk.error.target"));
            return null;
        }
    }

    private static @Nullable BigDecimal parseAmount(@Nullable String text, List<FieldError> errors) {
        try {
            BigDecimal v = MoneyText.parse(text);
            if (v.signum() == 0) {
                errors.add(new FieldError("amount", "desk.error.amountZero"));
                return null;
            }
            return v;
        } catch (MoneyText.InvalidMoneyException e) {
            errors.add(new FieldError("amount", e.problem().messageKey()));
            return null;
        }
    }
}
