package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.Notify;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-enforcement warning (LC-12.2): before the first enforcement step after a missed payment the
 * paying parent is sent a letter (in their Documents) and a notice, giving the amount missed and the
 * date by which to pay it; the ladder waits until that date has passed unless a caseworker gives a reason.
 */
@Service
public class EnforcementWarnings {
    /** LC-12.2: enforcement starts "within about a week" of the warning unless the parent pays. */
    public static final int DAYS_TO_PAY = 7;

    /** A warning as casework reads it. */
    public record WarningView(long id, BigDecimal amount, LocalDate arrearsSince, LocalDate sentOn, LocalDate payBy) {
    }

    /**
     * Where the case stands before the next enforcement step: {@code arrears} and since when (the oldest
     * payment still missed), and the latest warning about them (null when none).
     */
    public record Gate(State state, BigDecimal arrears, @Nullable LocalDate arrearsSince, @Nullable WarningView warning) {
        /** True when the next step may be taken without a caseworker's reason. */
        public boolean open() {
            return state == State.NO_ARREARS || state == State.UNDER_WAY || state == State.DATE_PASSED;
        }
    }

    /**
     * NO_ARREARS: nothing missed, no warning needed (an order the parent chose, say). UNDER_WAY: a step
     * was already taken for these arrears. WARN_FIRST: no warning since they arose. WAITING: warned, the
     * pay-by date has not passed. DATE_PASSED: warned and the date has passed.
     */
    public enum State { NO_ARREARS, UNDER_WAY, WARN_FIRST, WAITING, DATE_PASSED }

    private final EnforcementWarningRepository warnings;
    private final EnforcementRepository actions;
    private final CaseworkLookup lookup;
    private final Revision cases;
    private final LedgerQueries ledger;
    private final Notify notify;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    EnforcementWarnings(EnforcementWarningRepository warnings, EnforcementRepository actions, CaseworkLookup lookup,
                        Revision cases, LedgerQueries ledger, Notify notify, CurrentUser currentUser, AuditService audit,
                        Clock clock) {
        this.warnings = warnings;
        this.actions = actions;
        this.lookup = lookup;
        this.cases = cases;
        this.ledger = ledger;
        this.notify = notify;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * LC-12.2: sends the warning about the case's arrears — the letter with the amount and the pay-by date
     * ({@link #DAYS_TO_PAY} days from today) and a notice to the paying parent. Refused when nothing is
     * missed, when a step is already under way for these arrears, or when they were already warned.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long send(long caseId) {
        if (!lookup.exists(caseId)) {
            throw new UserFacingException("desk.error.noCase");
        }
        Gate g = gate(caseId);
        switch (g.state()) {
            case NO_ARREARS -> throw new UserFacingException("desk.error.warningNoArrears");
            case UNDER_WAY -> throw new UserFacingException("desk.error.warningUnderWay");
            case WAITING, DATE_PASSED -> throw new UserFacingException("desk.error.warningAlreadySent");
            default -> { }
        }
        Revision.Parents parents = cases.parents(caseId, CaseAction.MANAGE);
        LocalDate today = LocalDate.now(clock);
        EnforcementWarning w = warnings.save(new EnforcementWarning(caseId, parents.caseReference(), parents.payingAccountId(),
                g.arrears(), g.arrearsSince(), today, today.plusDays(DAYS_TO_PAY), currentUser.require().accountId(),
                clock.instant()));
        if (parents.payingAccountId() != null) {
            notify.send(parents.payingAccountId(), NotificationKind.PAYMENT_MISSED, "enforcement.warning.notify",
                    "documents/" + caseId);
        }
        audit.record("CASEWORK_ENFORCEMENT_WARNING_SENT", "case", Long.toString(caseId),
                "arrears " + w.amount() + " since " + w.arrearsSince() + ", pay by " + w.payBy());
        return w.id();
    }

    /** Every warning sent on the case, newest first (casework). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<WarningView> ofCase(long caseId) {
        return warnings.findByCaseIdOrderBySentOnDescIdDesc(caseId).stream().map(EnforcementWarnings::view).toList();
    }

    /**
     * Whether the next step may be taken (LC-12.2). A step is "the first after a missed payment" unless a
     * step (not withdrawn as made in error) was started on or after the oldest payment still missed; then
     * a warning sent since that payment was missed is needed, and its pay-by date must have passed.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public Gate gate(long caseId) {
        CasePayments p = payments(caseId);
        if (p == null || p.arrears().signum() <= 0) {
            return new Gate(State.NO_ARREARS, p == null ? BigDecimal.ZERO.setScale(2) : p.arrears(), null, null);
        }
        LocalDate since = p.asOf().minusDays(p.oldestArrearsDays());
        boolean underWay = actions.findByCaseIdOrderByCreatedAtDescIdDesc(caseId).stream()
                .anyMatch(a -> a.status() != EnforcementAction.Status.WITHDRAWN && !a.startedOn().isBefore(since));
        Optional<WarningView> latest = warnings.findByCaseIdOrderBySentOnDescIdDesc(caseId).stream()
                .filter(w -> !w.sentOn().isBefore(since)).findFirst().map(EnforcementWarnings::view);
        State state = underWay ? State.UNDER_WAY
                : latest.isEmpty() ? State.WARN_FIRST
                : LocalDate.now(clock).isAfter(latest.get().payBy()) ? State.DATE_PASSED : State.WAITING;
        return new Gate(state, p.arrears(), since, latest.orElse(null));
    }

    /** The warnings the paying parent was sent on the case (for their Documents). */
    List<EnforcementWarning> sentOn(long caseId) {
        return warnings.findByCaseIdOrderBySentOnDescIdDesc(caseId);
    }

    Optional<EnforcementWarning> find(long id) {
        return warnings.findById(id);
    }

    private @Nullable CasePayments payments(long caseId) {
        try {
            return ledger.casePayments(caseId);
        } catch (UserFacingException noSchedule) {
            return null;
        }
    }

    private static WarningView view(EnforcementWarning w) {
        return new WarningView(w.id(), w.amount(), w.arrearsSince(), w.sentOn(), w.payBy());
    }
}
