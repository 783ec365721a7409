package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseService.DecisionView;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.cases.DecisionKind;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.ledger.CaseworkLedger;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.childmaintenance.ledger.TxType;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement ladder on a case (LC-12.4): one action at a time, each with its status, dates and
 * charge (LC-8.3) posted to the ledger; withdrawn as made in error, the charge is reversed. The paying
 * parent sees the action and its charge, the receiving parent only a plain status (LC-12.6).
 */
@Service
public class EnforcementActions {
    /** An action as casework and the paying parent see it. */
    public record ActionView(long id, EnforcementKind kind, String status, @Nullable BigDecimal weeklyAmount,
                             @Nullable BigDecimal lumpSum, BigDecimal charge, boolean chargeReversed, LocalDate startedOn,
                             @Nullable LocalDate endedOn, String reason) {
    }

    /** What a parent sees: the paying parent the actions; the receiving parent only whether action is being taken and since when. */
    public record ParentView(boolean paying, List<ActionView> actions, boolean actionUnderWay, @Nullable LocalDate since) {
    }

    private final EnforcementRepository actions;
    private final CaseworkLookup lookup;
    private final LedgerService ledger;
    private final CaseworkLedger ledgerReads;
    private final LedgerQueries ledgerQueries;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    EnforcementActions(EnforcementRepository actions, CaseworkLookup lookup, LedgerService ledger, CaseworkLedger ledgerReads,
                       LedgerQueries ledgerQueries, AccessService access, CurrentUser currentUser, AuditService audit,
                       Clock clock) {
        this.actions = actions;
        this.lookup = lookup;
        this.ledger = ledger;
        this.ledgerReads = ledgerReads;
        this.ledgerQueries = ledgerQueries;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes the next action: refused while another is active; its charge is posted at once. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long take(long caseId, @Nullable EnforcementKind kind, @Nullable String amount, @Nullable String reason) {
        if (!lookup.exists(caseId)) {
            throw new UserFacingException("desk.error.noCase");
        }
        if (kind == null) {
            throw UserFacingException.onField("enforcement-kind", "desk.error.enforcementKind");
        }
        if (actions.existsByCaseIdAndStatus(caseId, EnforcementAction.Status.ACTIVE)) {
            throw UserFacingException.onField("enforcement-kind", "desk.error.oneAtATime");
        }
        List<FieldError> errors = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(new FieldError("enforcement-reason", "desk.error.reason"));
        }
        BigDecimal weekly = null;
        BigDecimal lump = null;
        switch (kind) {
            case RDO -> weekly = rdoAmount(caseId, amount, errors);
            case LSDO -> lump = positive(amount, errors);
            case BENEFIT -> weekly = EnforcementKind.BENEFIT_WEEKLY;
            default -> { }
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        EnforcementAction a;
        try {
            a = actions.saveAndFlush(new EnforcementAction(caseId, kind, weekly, lump, why,
                    LocalDate.now(clock), currentUser.require().accountId(), clock.instant()));
        } catch (DataIntegrityViolationException anotherJustTaken) {
            throw UserFacingException.onField("enforcement-kind", "desk.error.oneAtATime");
        }
        if (kind.ledgerCharge() != null) {
            Set<Long> before = chargeIds(caseId);
            ledger.chargeEnforcement(caseId, kind.ledgerCharge(), "enforcement-" + a.id());
            a.charged(chargeIds(caseId).stream().filter(id -> !before.contains(id)).findFirst().orElse(null));
        }
        audit.record("CASEWORK_ENFORCEMENT_TAKEN", "case", Long.toString(caseId), kind + " charge " + a.charge() + ": " + why);
        return a.id();
    }

    /** The action has done its work (or is replaced by the next step): it ends, its charge stays. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void end(long actionId, @Nullable String reason) {
        close(actionId, reason, EnforcementAction.Status.ENDED);
    }

    /** The action was made in error: it is withdrawn and its charge reversed in the ledger. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void withdrawInError(long actionId, @Nullable String reason) {
        EnforcementAction a = close(actionId, reason, EnforcementAction.Status.WITHDRAWN);
        if (a.chargeTxId() != null) {
            ledger.reverse(a.caseId(), a.chargeTxId(), "Enforcement action made in error: " + a.endReason());
        }
    }

    private EnforcementAction close(long actionId, @Nullable String reason, EnforcementAction.Status outcome) {
        EnforcementAction a = actions.findById(actionId).filter(x -> x.status() == EnforcementAction.Status.ACTIVE)
                .orElseThrow(() -> new UserFacingException("desk.error.enforcementNotActive"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw UserFacingException.onField("end-reason", "desk.error.reason");
        }
        a.end(outcome, LocalDate.now(clock), why);
        audit.record("CASEWORK_ENFORCEMENT_" + outcome, "case", Long.toString(a.caseId()), a.kind() + ": " + why);
        return a;
    }

    /** Every action on the case, newest first (casework). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<ActionView> ofCase(long caseId) {
        return actions.findByCaseIdOrderByCreatedAtDescIdDesc(caseId).stream().map(EnforcementActions::view).toList();
    }

    /** What the signed-in parent may see about enforcement on their case (LC-12.6). */
    @Transactional(readOnly = true)
    public ParentView forParent(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        boolean paying = ledgerQueries.casePayments(caseId).viewer() == Viewer.PAYING;
        List<EnforcementAction> all = actions.findByCaseIdOrderByCreatedAtDescIdDesc(caseId);
        EnforcementAction active = all.stream().filter(a -> a.status() == EnforcementAction.Status.ACTIVE).findFirst()
                .orElse(null);
        return new ParentView(paying, paying ? all.stream().map(EnforcementActions::view).toList() : List.of(),
                active != null, active == null ? null : active.startedOn());
    }

    private static ActionView view(EnforcementAction a) {
        return new ActionView(a.id(), a.kind(), a.status().name(), a.weeklyAmount(), a.lumpSum(), a.charge(),
                a.status() == EnforcementAction.Status.WITHDRAWN && a.chargeTxId() != null, a.startedOn(), a.endedOn(),
                a.reason());
    }

    private Set<Long> chargeIds(long caseId) {
        return ledgerReads.transactions(caseId).stream().filter(t -> t.type() == TxType.ENFORCEMENT_CHARGE)
                .map(CaseworkLedger.TransactionView::id).collect(Collectors.toSet());
    }

    /** LC-12.4: at most 40 % of gross weekly income, or £80 a week on a default decision. */
    private @Nullable BigDecimal rdoAmount(long caseId, @Nullable String amount, List<FieldError> errors) {
        BigDecimal weekly = positive(amount, errors);
        if (weekly == null) {
            return null;
        }
        BigDecimal cap = lookup.latestDecision(caseId).map(EnforcementActions::rdoCap).orElse(null);
        if (cap == null) {
            errors.add(new FieldError("enforcement-amount", "desk.error.noIncome"));
            return null;
        }
        if (weekly.compareTo(cap) > 0) {
            errors.add(new FieldError("enforcement-amount", "desk.error.rdoCap"));
            return null;
        }
        return weekly;
    }

    /** The most a regular deduction order may take a week under this decision (null when no income is known). */
    static @Nullable BigDecimal rdoCap(DecisionView d) {
        if (d.kind() == DecisionKind.DEFAULT_RATE) {
            return EnforcementKind.RDO_DEFAULT_CAP;
        }
        return d.grossWeeklyIncome() == null ? null
                : d.grossWeeklyIncome().multiply(EnforcementKind.RDO_SHARE).setScale(2, RoundingMode.DOWN);
    }

    private static @Nullable BigDecimal positive(@Nullable String amount, List<FieldError> errors) {
        try {
            BigDecimal v = MoneyText.parse(amount);
            if (v.signum() == 0) {
                errors.add(new FieldError("enforcement-amount", "desk.error.amountZero"));
                return null;
            }
            return v;
        } catch (MoneyText.InvalidMoneyException e) {
            errors.add(new FieldError("enforcement-amount", e.problem().messageKey()));
            return null;
        }
    }
}
