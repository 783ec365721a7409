package org.childmaintenance.cases;

import static org.childmaintenance.cases.Formats.blank;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseService.ChangePreview;
import org.childmaintenance.cases.CaseService.ChangeResult;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.childmaintenance.base.DisplayFormats;

/**
 * Reporting a change (case-lifecycle.md §10): which changes a party may report, their questions,
 * a preview of what the change would do, and the change itself (new decision, record or task).
 */
@Service
public class ChangeReporting {
    private final CaseRepository cases;
    private final ChildRepository children;
    private final DecisionRepository decisions;
    private final TimelineRepository timeline;
    private final ChangeRepository changes;
    private final DecisionMaker decisionMaker;
    private final CaseClosure closure;
    private final CaseParties caseParties;
    private final CaseSupport support;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;

    ChangeReporting(CaseRepository cases, ChildRepository children, DecisionRepository decisions,
                    TimelineRepository timeline, ChangeRepository changes, DecisionMaker decisionMaker,
                    CaseClosure closure, CaseParties caseParties, CaseSupport support, AccessService access,
                    AuditService audit, Clock clock) {
        this.cases = cases;
        this.children = children;
        this.decisions = decisions;
        this.timeline = timeline;
        this.changes = changes;
        this.decisionMaker = decisionMaker;
        this.closure = closure;
        this.caseParties = caseParties;
        this.support = support;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The changes the signed-in party may report on this case (case-lifecycle.md §10). */
    @Transactional(readOnly = true)
    public List<ChangeKind> changesICanReport(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() == CaseStatus.CLOSED) {
            return List.of();
        }
        PartyRole role = caseParties.partyOf(c, who).role();
        boolean decided = c.status() == CaseStatus.ACTIVE;
        return Arrays.stream(ChangeKind.values())
                .filter(k -> k.reportableBy(role))
                .filter(k -> !ParentOnlyChanges.needsManage(k) || access.mayActOnCase(caseId, CaseAction.MANAGE))
                .filter(k -> decided || !ChangeRules.recalculates(k))
                .toList();
    }

    /** The questions of one change journey for these answers, in order. */
    @Transactional(readOnly = true)
    public List<CaseQuestion.Ref> changeQuestions(long caseId, ChangeKind kind, CaseAnswers a) {
        access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        List<CaseQuestion.Ref> out = new ArrayList<>();
        switch (kind) {
            case INCOME, EMPLOYMENT, BENEFITS -> {
                out.addAll(PayingParentDetails.incomeQuestions(a, kind == ChangeKind.EMPLOYMENT));
                out.add(CaseQuestion.Ref.of(CaseQuestion.HAPPENED_ON));
            }
            case SHARED_CARE -> support.qualifying(caseId, support.today())
                    .forEach(k -> out.add(new CaseQuestion.Ref(CaseQuestion.NIGHTS, k.id())));
            case CHILD_ADDED -> {
                out.add(CaseQuestion.Ref.of(CaseQuestion.NEW_CHILD_NAME));
                out.add(CaseQuestion.Ref.of(CaseQuestion.NEW_CHILD_DATE_OF_BIRTH));
                if (a.getNewChildDateOfBirth() != null
                        && ApplicationRules.ageOn(a.getNewChildDateOfBirth(), support.today()) >= 16) {
                    out.add(CaseQuestion.Ref.of(CaseQuestion.NEW_CHILD_EDUCATION));
                }
            }
            case CHILD_LEFT_EDUCATION, CHILD_TURNED_20, CHILD_LEFT_UK -> {
                out.add(CaseQuestion.Ref.of(CaseQuestion.WHICH_CHILD));
                out.add(CaseQuestion.Ref.of(CaseQuestion.HAPPENED_ON));
            }
            case OTHER_CHILDREN -> out.add(CaseQuestion.Ref.of(CaseQuestion.OTHER_CHILDREN));
            case ADDRESS -> out.add(CaseQuestion.Ref.of(CaseQuestion.ADDRESS));
            case PHONE -> out.add(CaseQuestion.Ref.of(CaseQuestion.PHONE));
            case BANK -> out.add(CaseQuestion.Ref.of(CaseQuestion.BANK));
            case SERVICE_TYPE -> out.add(CaseQuestion.Ref.of(CaseQuestion.SERVICE_TYPE));
            case CLOSE -> out.add(CaseQuestion.Ref.of(CaseQuestion.CLOSE_REASON));
        }
        return out;
    }

    /**
     * What a change would do, before it is sent: the new weekly amount and whether it makes a new
     * decision, and why not (25% rule for income, LC-10.2; no change in the amount). Effective
     * dates per LC-10.7.
     */
    @Transactional(readOnly = true)
    public ChangePreview previewChange(long caseId, ChangeKind kind, CaseAnswers a) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        requireReportable(c, who, kind, a);
        return preview(c, kind, a).preview();
    }

    private record Planned(ChangePreview preview, DecisionMaker.@Nullable Calculated calculated) {
    }

    private Planned preview(MaintenanceCase c, ChangeKind kind, CaseAnswers a) {
        Decision current = decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(c.id()).orElse(null);
        BigDecimal currentWeekly = current == null ? BigDecimal.ZERO.setScale(2) : current.weeklyAmount();
        if (!ChangeRules.recalculates(kind)) {
            return new Planned(new ChangePreview(currentWeekly, null, false, Texts.t("change.preview.noAmount"), null,
                    false), null);
        }
        LocalDate today = support.today();
        DecisionMaker.Circumstances circ = DecisionMaker.Circumstances.of(c);
        List<CaseChild> kids = new ArrayList<>(support.qualifying(c.id(), today));
        boolean mustDecide = false;
        boolean benefitSwitch = false;
        String why = null;
        switch (kind) {
            case INCOME, EMPLOYMENT, BENEFITS -> {
                IncomeType type = a.getIncomeType();
                IncomeFrequency f = type == IncomeType.SELF_EMPLOYED ? IncomeFrequency.YEARLY : a.getIncomeFrequency();
                circ = new DecisionMaker.Circumstances(type, type.earns() ? MoneyText.tryParse(a.getIncomeAmount()).orElseThrow() : null,
                        type.earns() ? f : null, type == IncomeType.BENEFITS ? a.getBenefitKind() : null,
                        type.earns() ? MoneyText.tryParse(a.getPension()).orElse(null) : null,
                        c.relevantOtherChildren(), c.otherArrangementChildren());
                benefitSwitch = ChangeRules.benefitSwitch(c.incomeType(), type);
                if (benefitSwitch) {
                    mustDecide = true; // LC-10.7: from the date a flat-rate benefit starts or stops
                    why = Texts.t("change.preview.benefitSwitch");
                }
            }
            case SHARED_CARE -> kids.forEach(k -> k.nights(Formats.count(a.getNights().get(k.id()),
                    CaseQuestionRules.MAX_NIGHTS).orElseThrow()));
            case CHILD_ADDED -> kids.add(new CaseChild(c.id(), kids.size(), a.getNewChildName(),
                    a.getNewChildDateOfBirth(), a.getNewChildInEducation()));
            case CHILD_LEFT_EDUCATION, CHILD_TURNED_20, CHILD_LEFT_UK -> {
                kids.removeIf(k -> k.id().equals(a.getChildId()));
                mustDecide = true; // LC-10.7: from the date the child stopped qualifying
            }
            case OTHER_CHILDREN -> circ = new DecisionMaker.Circumstances(circ.incomeType(), circ.amount(), circ.frequency(),
                    circ.benefit(), circ.pension(), Formats.count(a.getRelevantOtherChildren(), 20).orElseThrow(),
                    circ.otherArrangementChildren());
            default -> {
            }
        }
        LocalDate effective = ChangeRules.effectiveDate(kind, today, a.getHappenedOn(), benefitSwitch,
                current == null ? null : current.effectiveDate());
        if (kids.isEmpty()) {
            return new Planned(new ChangePreview(currentWeekly, BigDecimal.ZERO.setScale(2), false,
                    Texts.t("change.preview.closes", DisplayFormats.date(effective)), effective, true), null);
        }
        DecisionMaker.Calculated calc = decisionMaker.calculate(circ, kids);
        boolean amountChanges = calc.weekly().compareTo(currentWeekly) != 0;
        boolean incomeChange = ChangeRules.isIncome(kind);
        if (incomeChange && !mustDecide) {
            BigDecimal before = current == null ? null : current.grossWeeklyIncome();
            BigDecimal after = calc.grossWeeklyIncome() == null ? BigDecimal.ZERO : calc.grossWeeklyIncome();
            if (before == null) {
                mustDecide = true;
                why = Texts.t("change.preview.noIncomeBefore");
            } else {
                ChangeRules.IncomeTest test = ChangeRules.incomeTest(before, after);
                mustDecide = test.actedOn();
                why = Texts.t(test.actedOn() ? "change.preview.over25" : "change.preview.under25", MoneyText.format(before),
                        MoneyText.format(after), test.percent().toPlainString());
            }
        } else if (kind == ChangeKind.CHILD_ADDED || kind.aboutChild()) {
            mustDecide = true; // the children counted change, so the decision does too
            why = Texts.t("change.preview.children");
        } else if (!incomeChange) {
            mustDecide = amountChanges;
            why = Texts.t(amountChanges ? "change.preview.changes" : "change.preview.same");
        }
        return new Planned(new ChangePreview(currentWeekly, calc.weekly(), mustDecide, why, effective, false), calc);
    }

    /**
     * Reports a change. Changes that alter the amount make a new decision with its own effective
     * date and a new schedule; both parties are told, each seeing only what they may. Closure is
     * a caseworker task (LC-10.6). Contact and bank details change only the reporter's own record.
     */
    @Transactional
    public ChangeResult reportChange(long caseId, ChangeKind kind, CaseAnswers a) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Party mine = requireReportable(c, who, kind, a);
        LocalDate today = support.today();
        // Kept in English (decision reason, change record); people read it in their language (CaseSupport.systemText).
        String summary = Texts.t(Language.ENGLISH, "changeKind." + kind.name());
        switch (kind) {
            case ADDRESS -> {
                mine.address(a.getAddress().trim(), Formats.tidyPostcode(a.getPostcode()));
                return recorded(c, who, mine, kind, summary, "change.done.address");
            }
            case PHONE -> {
                mine.phone(a.getPhone().trim());
                return recorded(c, who, mine, kind, summary, "change.done.phone");
            }
            case BANK -> {
                mine.bank(a.getBankAccountName().trim(), Formats.digitsOnly(a.getSortCode()), Formats.digitsOnly(a.getAccountNumber()));
                return recorded(c, who, mine, kind, summary, "change.done.bank");
            }
            case SERVICE_TYPE -> {
                c.serviceType(a.getServiceType());
                changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(), today,
                        summary, ChangeRecord.Outcome.RECORDED, null));
                audit.recordOnBehalf("CASE_SERVICE_TYPE_CHANGED", who.onBehalfOf(), "case", c.id().toString(), a.getServiceType().name());
                decisionMaker.tellBothWithSchedule(c, () -> Texts.t("timeline.serviceType",
                        Texts.t("serviceType." + a.getServiceType().name())), today);
                return new ChangeResult(Texts.t("change.done.serviceType"), null);
            }
            case CLOSE -> {
                changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(), today,
                        a.getCloseReason().trim(), ChangeRecord.Outcome.CASEWORKER_TASK, null));
                decisionMaker.tell(c, mine.role(), () -> Texts.t("timeline.closeRequested"));
                audit.recordOnBehalf("CASE_CLOSURE_REQUESTED", who.onBehalfOf(), "case", c.id().toString(), null);
                return new ChangeResult(Texts.t("change.done.close"), null);
            }
            default -> {
            }
        }
        Planned plan = preview(c, kind, a);
        LocalDate effective = plan.preview().effectiveDate();
        switch (kind) {
            case INCOME, EMPLOYMENT, BENEFITS -> {
                PayingParentDetails.applyIncome(c, a);
                if (kind == ChangeKind.EMPLOYMENT) {
                    mine.employer(a.getIncomeType() == IncomeType.EMPLOYED && !blank(a.getEmployer()) ? a.getEmployer().trim() : null);
                }
            }
            case SHARED_CARE -> support.qualifying(c.id(), today).forEach(k -> k.nights(
                    Formats.count(a.getNights().get(k.id()), CaseQuestionRules.MAX_NIGHTS).orElseThrow()));
            case CHILD_ADDED -> children.save(new CaseChild(c.id(), children.findByCaseIdOrderByPosition(c.id()).size(),
                    a.getNewChildName(), a.getNewChildDateOfBirth(), a.getNewChildInEducation()));
            case CHILD_LEFT_EDUCATION, CHILD_TURNED_20, CHILD_LEFT_UK -> children.findById(a.getChildId())
                    .ifPresent(k -> k.end(effective, summary));
            case OTHER_CHILDREN -> c.otherChildren(Formats.count(a.getRelevantOtherChildren(), 20).orElseThrow(),
                    c.otherArrangementChildren());
            default -> {
            }
        }
        if (plan.preview().closesCase()) {
            changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(),
                    a.getHappenedOn(), summary, ChangeRecord.Outcome.NEW_DECISION, null));
            closure.close(c, effective, Texts.t("close.reason.noChildren"));
            return new ChangeResult(Texts.t("change.done.closed"), null);
        }
        if (!plan.preview().newDecision()) {
            changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(),
                    a.getHappenedOn(), summary, ChangeRecord.Outcome.NO_NEW_DECISION, null));
            decisionMaker.tell(c, mine.role(), () -> Texts.t("timeline.changeNoDecision", Texts.t("changeKind." + kind.name())));
            audit.recordOnBehalf("CASE_CHANGE_REPORTED", who.onBehalfOf(), "case", c.id().toString(), kind + " no new decision");
            return new ChangeResult(Texts.t("change.done.noDecision", plan.preview().explanation()), null);
        }
        Decision d = decisionMaker.decide(c, DecisionKind.CHANGE, effective, summary, CaseSupport.actor(who),
                plan.calculated(), false);
        changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(), a.getHappenedOn(),
                summary, ChangeRecord.Outcome.NEW_DECISION, d.id()));
        audit.recordOnBehalf("CASE_CHANGE_REPORTED", who.onBehalfOf(), "case", c.id().toString(), kind + " new decision " + d.id());
        return new ChangeResult(Texts.t("change.done.decision", MoneyText.format(d.weeklyAmount()),
                DisplayFormats.date(d.effectiveDate())), support.view(d));
    }

    private ChangeResult recorded(MaintenanceCase c, AccessService.Decision who, Party mine, ChangeKind kind,
                                  String summary, String doneKey) {
        changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(), support.today(),
                summary, ChangeRecord.Outcome.RECORDED, null));
        timeline.save(new TimelineEntry(c.id(), mine.role().name(), clock.instant(), () -> who.onBehalfOf() == null
                ? Texts.t("timeline.detailsUpdated", Texts.t("changeKind." + kind.name()))
                : Texts.t("timeline.detailsUpdatedFor", who.user().fullName(), Texts.t("changeKind." + kind.name()))));
        audit.recordOnBehalf("CASE_DETAILS_UPDATED", who.onBehalfOf(), "case", c.id().toString(), kind.name());
        return new ChangeResult(Texts.t(doneKey), null);
    }

    private Party requireReportable(MaintenanceCase c, AccessService.Decision who, ChangeKind kind, CaseAnswers a) {
        Party mine = caseParties.partyOf(c, who);
        if (ParentOnlyChanges.needsManage(kind)) {
            access.requireCaseAccess(c.id(), CaseAction.MANAGE); // LC-16.3: not for a representative
        }
        if (c.status() == CaseStatus.CLOSED || !kind.reportableBy(mine.role())
                || ChangeRules.recalculates(kind) && c.status() != CaseStatus.ACTIVE) {
            throw new UserFacingException("error.change.notNow");
        }
        List<FieldError> errors = new ArrayList<>();
        boolean dpAllowed = caseParties.directPayAllowed(c);
        for (CaseQuestion.Ref q : changeQuestions(c.id(), kind, a)) {
            errors.addAll(CaseQuestionRules.errors(q, a, support.today(), dpAllowed));
        }
        if (kind.aboutChild() && a.getChildId() != null && support.qualifying(c.id(), support.today()).stream()
                .noneMatch(k -> k.id().equals(a.getChildId()))) {
            errors.add(ApplicationRules.fe("childId", "error.case.child.missing"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        return mine;
    }
}
