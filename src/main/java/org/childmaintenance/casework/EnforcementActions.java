package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.CaseworkOrder;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.OrganisationDirectory;
import org.childmaintenance.ledger.LedgerTexts;
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
 * charge (LC-8.3) posted to the ledger; withdrawn as made in error, the charge is reversed. The first
 * step after a missed payment waits for the warning's pay-by date (LC-12.2). A DEO step issues the
 * employer feature's order in the same step. The paying parent sees the action and its charge, the
 * receiving parent only a plain status (LC-12.6).
 */
@Service
public class EnforcementActions {
    /** An action as casework and the paying parent see it; {@code employerName} for a DEO. */
    public record ActionView(long id, EnforcementKind kind, String status, @Nullable BigDecimal weeklyAmount,
                             @Nullable BigDecimal lumpSum, BigDecimal charge, boolean chargeReversed, LocalDate startedOn,
                             @Nullable LocalDate endedOn, String reason, @Nullable String employerName,
                             @Nullable String warningOverride, @Nullable String lsdoStage,
                             @Nullable BigDecimal deducted, @Nullable LocalDate nextStepFrom, boolean nextStepDue,
                             List<LiabilityOutcomes.OutcomeView> outcomes) {
        /** An active liability order, after which a caseworker chooses the later steps (LC-12.4 step 6). */
        public boolean activeLiabilityOrder() {
            return "ACTIVE".equals(status) && kind == EnforcementKind.LIABILITY_ORDER;
        }

        /** An interim lump sum deduction order, which casework may make final. */
        public boolean interimLumpSum() {
            return "ACTIVE".equals(status) && "INTERIM".equals(lsdoStage);
        }
    }

    /** What a parent sees: the paying parent the actions; the receiving parent only whether action is being taken and since when. */
    public record ParentView(boolean paying, List<ActionView> actions, boolean actionUnderWay, @Nullable LocalDate since) {
    }

    /** What casework enters for a DEO step: the registered employer, the payroll number, pay frequency, start date, and an optional monthly arrears element. */
    public record DeoDetails(@Nullable Long employerId, @Nullable String payrollNumber, @Nullable PayFrequency frequency,
                             @Nullable LocalDate startDate, @Nullable String monthlyArrears) {
    }

    /**
     * The next step: {@code amount} is weekly for a regular deduction order, the lump sum for a lump sum
     * order; {@code warningOverride} is the reason to act before the warning's date; {@code deo} for a DEO.
     */
    public record Step(@Nullable EnforcementKind kind, @Nullable String amount, @Nullable String reason,
                       @Nullable String warningOverride, @Nullable DeoDetails deo) {
    }

    /** The employer feature's field names for an order, as the case page names them. */
    private static final java.util.Map<String, String> DEO_FIELDS = java.util.Map.of("caseReference", "enforcement-kind",
            "organisation", "deo-employer", "payrollNumber", "deo-payroll", "frequency", "deo-frequency",
            "startDate", "deo-start", "monthlyArrears", "deo-arrears");

    private final EnforcementRepository actions;
    private final EnforcementWarnings warnings;
    private final CaseworkLookup lookup;
    private final Revision cases;
    private final DeductionOrderService orders;
    private final OrganisationDirectory organisations;
    private final LedgerService ledger;
    private final CaseworkLedger ledgerReads;
    private final LedgerQueries ledgerQueries;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NextSteps nextSteps;
    private final Clock clock;

    EnforcementActions(EnforcementRepository actions, EnforcementWarnings warnings, CaseworkLookup lookup, Revision cases,
                       DeductionOrderService orders, OrganisationDirectory organisations, LedgerService ledger,
                       CaseworkLedger ledgerReads, LedgerQueries ledgerQueries, AccessService access,
                       CurrentUser currentUser, AuditService audit, NextSteps nextSteps, Clock clock) {
        this.nextSteps = nextSteps;
        this.actions = actions;
        this.warnings = warnings;
        this.lookup = lookup;
        this.cases = cases;
        this.orders = orders;
        this.organisations = organisations;
        this.ledger = ledger;
        this.ledgerReads = ledgerReads;
        this.ledgerQueries = ledgerQueries;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A step with no DEO details and no warning override (see {@link #take(long, Step)}). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long take(long caseId, @Nullable EnforcementKind kind, @Nullable String amount, @Nullable String reason) {
        return take(caseId, new Step(kind, amount, reason, null, null));
    }

    /**
     * Takes the next step: refused while another is active, before the warning's pay-by date without a
     * reason (LC-12.2), and for a benefit deduction while the paying parent is liable for flat-rate
     * maintenance (LC-12.4). A DEO issues the order to the employer at once. The charge is posted at once.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long take(long caseId, Step step) {
        if (!lookup.exists(caseId)) {
            throw new UserFacingException("desk.error.noCase");
        }
        EnforcementKind kind = step.kind();
        if (kind == null) {
            throw UserFacingException.onField("enforcement-kind", "desk.error.enforcementKind");
        }
        if (actions.existsByCaseIdAndStatus(caseId, EnforcementAction.Status.ACTIVE)) {
            throw UserFacingException.onField("enforcement-kind", "desk.error.oneAtATime");
        }
        List<FieldError> errors = new ArrayList<>();
        String reference = cases.parents(caseId, CaseAction.MANAGE).caseReference();
        BigDecimal weekly = null;
        BigDecimal lump = null;
        switch (kind) {
            case RDO -> weekly = rdoAmount(caseId, step.amount(), errors);
            case LSDO -> lump = EnforcementRules.positive(step.amount(), "enforcement-amount", errors);
            case BENEFIT -> {
                weekly = EnforcementKind.BENEFIT_WEEKLY;
                if (EnforcementRules.liableForFlatRate(lookup.latestDecision(caseId).orElse(null), lookup
                        .byReferences(List.of(reference)).stream().findFirst().map(CaseworkLookup.Found::status).orElse(null))) {
                    errors.add(new FieldError("enforcement-kind", "desk.error.benefitFlatRate"));
                }
            }
            case DEO -> deoPresent(step.deo(), errors);
            default -> { }
        }
        String why = required(step.reason(), errors);
        EnforcementWarnings.Gate gate = warnings.gate(caseId);
        String override = override(step.warningOverride(), gate, errors);
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        EnforcementAction a = start(new EnforcementAction(caseId, kind, weekly, lump, why, LocalDate.now(clock),
                currentUser.require().accountId(), clock.instant()), gate, override);
        if (kind == EnforcementKind.DEO) {
            a.issued(issueOrder(reference, step.deo()), step.deo().employerId());
        }
        charge(a);
        return a.id();
    }

    /**
     * A DEO that casework issued on the employer feature's own "Issue an order" page becomes the ladder's
     * DEO step (one action at a time, its £50 charge posted, the warning rule as for any step): it started
     * when the order took effect. Refused for an order of another case, one no longer in force, or one
     * already on the ladder.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long recordIssuedOrder(long caseId, long orderId, @Nullable String reason, @Nullable String warningOverride) {
        if (!lookup.exists(caseId)) {
            throw new UserFacingException("desk.error.noCase");
        }
        String reference = cases.parents(caseId, CaseAction.MANAGE).caseReference();
        CaseworkOrder order = orders.allOrders().stream().filter(o -> o.id() == orderId).findFirst()
                .filter(o -> o.caseReference().equals(reference))
                .orElseThrow(() -> new UserFacingException("desk.error.orderNotOnCase"));
        if (!order.status().inForce()) {
            throw new UserFacingException("desk.error.orderNotInForce");
        }
        if (actions.existsByDeductionOrderId(orderId)) {
            throw new UserFacingException("desk.error.orderOnLadder");
        }
        if (actions.existsByCaseIdAndStatus(caseId, EnforcementAction.Status.ACTIVE)) {
            throw new UserFacingException("desk.error.oneAtATime");
        }
        List<FieldError> errors = new ArrayList<>();
        String why = required(reason, errors);
        EnforcementWarnings.Gate gate = warnings.gate(caseId);
        String override = override(warningOverride, gate, errors);
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        LocalDate today = LocalDate.now(clock);
        EnforcementAction a = start(new EnforcementAction(caseId, EnforcementKind.DEO, null, null, why,
                order.effectiveDate().isAfter(today) ? today : order.effectiveDate(), currentUser.require().accountId(),
                clock.instant()), gate, override);
        a.issued(orderId, order.organisationId());
        charge(a);
        return a.id();
    }

    private static String required(@Nullable String reason, List<FieldError> errors) {
        String why = EnforcementRules.text(reason, "enforcement-reason", errors);
        if (why.isEmpty()) {
            errors.add(new FieldError("enforcement-reason", "desk.error.reason"));
        }
        return why;
    }

    /** LC-12.2: before the warning's pay-by date (or with no warning) a step needs the caseworker's reason. */
    private static String override(@Nullable String warningOverride, EnforcementWarnings.Gate gate, List<FieldError> errors) {
        String override = EnforcementRules.text(warningOverride, "enforcement-override", errors);
        if (!gate.open() && override.isEmpty()) {
            errors.add(new FieldError("enforcement-override", gate.state() == EnforcementWarnings.State.WARN_FIRST
                    ? "desk.error.warnFirst" : "desk.error.warningDateNotPassed"));
        }
        return override;
    }

    private EnforcementAction start(EnforcementAction step, EnforcementWarnings.Gate gate, String override) {
        EnforcementAction a;
        try {
            a = actions.saveAndFlush(step);
        } catch (DataIntegrityViolationException anotherJustTaken) {
            throw UserFacingException.onField("enforcement-kind", "desk.error.oneAtATime");
        }
        if (!gate.open()) {
            a.warningOverridden(override);
            audit.record("CASEWORK_ENFORCEMENT_WARNING_OVERRIDDEN", "case", Long.toString(a.caseId()),
                    gate.state() + ": " + override);
        }
        return a;
    }

    /** LC-8.3: the step's charge, posted through the ledger at once; then the step is audited. */
    private void charge(EnforcementAction a) {
        EnforcementKind kind = a.kind();
        long caseId = a.caseId();
        String why = a.reason();
        if (kind.ledgerCharge() != null) {
            Set<Long> before = chargeIds(caseId);
            ledger.chargeEnforcement(caseId, kind.ledgerCharge(), "enforcement-" + a.id());
            a.charged(chargeIds(caseId).stream().filter(id -> !before.contains(id)).findFirst().orElse(null));
        }
        audit.record("CASEWORK_ENFORCEMENT_TAKEN", "case", Long.toString(caseId), kind + " charge " + a.charge() + ": " + why
                + (a.deductionOrderId() == null ? "" : " (order " + a.deductionOrderId() + ")"));
    }

    /** The action has done its work (or is replaced by the next step): it ends, its charge stays; a DEO's order is discharged. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void end(long actionId, @Nullable String reason) {
        close(actionId, reason, EnforcementAction.Status.ENDED);
    }

    /** The action was made in error: it is withdrawn, its charge reversed in the ledger and a DEO's order discharged. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void withdrawInError(long actionId, @Nullable String reason) {
        EnforcementAction a = close(actionId, reason, EnforcementAction.Status.WITHDRAWN);
        if (a.chargeTxId() != null) {
            ledger.reverse(a.caseId(), a.chargeTxId(), LedgerTexts.kept("ledger.desc.enforcementError", a.endReason()));
        }
    }

    private EnforcementAction close(long actionId, @Nullable String reason, EnforcementAction.Status outcome) {
        EnforcementAction a = actions.findById(actionId).filter(x -> x.status() == EnforcementAction.Status.ACTIVE)
                .orElseThrow(() -> new UserFacingException("desk.error.enforcementNotActive"));
        List<FieldError> errors = new ArrayList<>();
        String why = EnforcementRules.text(reason, "end-reason", errors);
        if (why.isEmpty()) {
            errors.add(new FieldError("end-reason", "desk.error.reason"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        a.end(outcome, LocalDate.now(clock), why);
        // One method at a time (LC-12.4): the order goes with the step, unless it has already ended (a leaver, say).
        if (a.deductionOrderId() != null && orders.orderForCasework(a.deductionOrderId()).order().status().inForce()) {
            orders.discharge(a.deductionOrderId());
        }
        audit.record("CASEWORK_ENFORCEMENT_" + outcome, "case", Long.toString(a.caseId()), a.kind() + ": " + why);
        return a;
    }

    /** Every action on the case, newest first (casework). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<ActionView> ofCase(long caseId) {
        return actions.findByCaseIdOrderByCreatedAtDescIdDesc(caseId).stream().map(a -> view(a, true)).toList();
    }

    /** The deduction orders already on the case's ladder (each a DEO step), so the case page offers to record only others. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public Set<Long> ordersOnLadder(long caseId) {
        return actions.findByCaseIdOrderByCreatedAtDescIdDesc(caseId).stream().map(EnforcementAction::deductionOrderId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    /** What the signed-in parent may see about enforcement on their case (LC-12.6). */
    @Transactional(readOnly = true)
    public ParentView forParent(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        boolean paying = ledgerQueries.casePayments(caseId).viewer() == Viewer.PAYING;
        List<EnforcementAction> all = actions.findByCaseIdOrderByCreatedAtDescIdDesc(caseId);
        EnforcementAction active = all.stream().filter(a -> a.status() == EnforcementAction.Status.ACTIVE).findFirst()
                .orElse(null);
        return new ParentView(paying, paying ? all.stream().map(a -> view(a, false)).toList() : List.of(),
                active != null, active == null ? null : active.startedOn());
    }

    /** Casework sees the next step's earliest date and each outcome's reason; the paying parent neither. */
    private ActionView view(EnforcementAction a, boolean casework) {
        String employer = a.employerId() == null ? null
                : organisations.find(a.employerId()).map(OrganisationDirectory.OrganisationInfo::name).orElse(null);
        LocalDate next = casework ? nextSteps.earliest(a) : null;
        List<LiabilityOutcomes.OutcomeView> outcomes = nextSteps.outcomesOf(a.id()).stream()
                .map(o -> LiabilityOutcomes.view(o, casework)).toList();
        return new ActionView(a.id(), a.kind(), a.status().name(), a.weeklyAmount(), a.lumpSum(), a.charge(),
                a.status() == EnforcementAction.Status.WITHDRAWN && a.chargeTxId() != null, a.startedOn(), a.endedOn(),
                a.reason(), employer, a.warningOverride(), a.lsdoStage() == null ? null : a.lsdoStage().name(),
                a.deducted(), next, nextSteps.due(next), outcomes);
    }

    /** What a DEO needs before the employer feature is asked (so every missing answer shows at once). */
    private static void deoPresent(@Nullable DeoDetails d, List<FieldError> errors) {
        if (d == null || d.employerId() == null) {
            errors.add(new FieldError("deo-employer", "employer.issue.error.organisationRequired"));
        }
        if (d == null || d.payrollNumber() == null || d.payrollNumber().isBlank()) {
            errors.add(new FieldError("deo-payroll", "employer.issue.error.payrollRequired"));
        }
        if (d == null || d.frequency() == null) {
            errors.add(new FieldError("deo-frequency", "employer.issue.error.frequencyRequired"));
        }
        if (d == null || d.startDate() == null) {
            errors.add(new FieldError("deo-start", "employer.issue.error.startRequired"));
        }
    }

    /** The employer feature issues the order (as its own "Issue an order" page does); its refusals name the case page's fields. */
    private long issueOrder(String reference, DeoDetails d) {
        try {
            return orders.issue(new DeductionOrderService.IssueRequest(reference, d.employerId(), d.payrollNumber(),
                    d.frequency(), d.startDate(), d.monthlyArrears()));
        } catch (UserFacingException refused) {
            List<FieldError> mapped = refused.fieldErrors().stream()
                    .map(e -> new FieldError(DEO_FIELDS.getOrDefault(e.field(), "enforcement-kind"), e.message())).toList();
            throw new UserFacingException("error.form", mapped.isEmpty()
                    ? List.of(new FieldError("enforcement-kind", refused.getMessage())) : mapped);
        }
    }

    private Set<Long> chargeIds(long caseId) {
        return ledgerReads.transactions(caseId).stream().filter(t -> t.type() == TxType.ENFORCEMENT_CHARGE)
                .map(CaseworkLedger.TransactionView::id).collect(Collectors.toSet());
    }

    /** LC-12.4: at most 40 % of gross weekly income, or £80 a week on a default decision. */
    private @Nullable BigDecimal rdoAmount(long caseId, @Nullable String amount, List<FieldError> errors) {
        BigDecimal weekly = EnforcementRules.positive(amount, "enforcement-amount", errors);
        if (weekly == null) {
            return null;
        }
        BigDecimal cap = lookup.latestDecision(caseId).map(EnforcementRules::rdoCap).orElse(null);
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
}
