package org.childmaintenance.cases;

import static org.childmaintenance.cases.Formats.blank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseService.DecisionView;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paying parent's details journey (LC-3.2, LC-4.2): the questions asked, and the answers that
 * make the first decision from the initial effective date (or replace a default-rate decision).
 */
@Service
public class PayingParentDetails {
    private final CaseRepository cases;
    private final DecisionRepository decisions;
    private final DecisionMaker decisionMaker;
    private final CaseParties caseParties;
    private final CaseSupport support;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;

    PayingParentDetails(CaseRepository cases, DecisionRepository decisions, DecisionMaker decisionMaker,
                        CaseParties caseParties, CaseSupport support, AccessService access, AuditService audit,
                        Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.decisionMaker = decisionMaker;
        this.caseParties = caseParties;
        this.support = support;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The questions of the paying parent's details journey for these answers, in order. */
    @Transactional(readOnly = true)
    public List<CaseQuestion.Ref> detailsQuestions(long caseId, CaseAnswers answers) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        List<CaseQuestion.Ref> out = new ArrayList<>(incomeQuestions(answers, true));
        out.add(CaseQuestion.Ref.of(CaseQuestion.OTHER_CHILDREN));
        out.add(CaseQuestion.Ref.of(CaseQuestion.OTHER_ARRANGEMENT));
        for (CaseChild k : support.qualifying(caseId, support.today())) {
            out.add(new CaseQuestion.Ref(CaseQuestion.NIGHTS, k.id()));
        }
        out.add(CaseQuestion.Ref.of(CaseQuestion.PAYMENT_FREQUENCY));
        return out;
    }

    /** The income questions, shared with the change journeys (the employer only where asked for). */
    static List<CaseQuestion.Ref> incomeQuestions(CaseAnswers a, boolean askEmployer) {
        List<CaseQuestion.Ref> out = new ArrayList<>();
        out.add(CaseQuestion.Ref.of(CaseQuestion.INCOME_TYPE));
        if (a.getIncomeType() != null && a.getIncomeType().earns()) {
            out.add(CaseQuestion.Ref.of(CaseQuestion.INCOME));
            if (askEmployer && a.getIncomeType() == IncomeType.EMPLOYED) {
                out.add(CaseQuestion.Ref.of(CaseQuestion.EMPLOYER));
            }
            out.add(CaseQuestion.Ref.of(CaseQuestion.PENSION));
        } else if (a.getIncomeType() == IncomeType.BENEFITS) {
            out.add(CaseQuestion.Ref.of(CaseQuestion.BENEFIT));
        }
        return out;
    }

    /**
     * The paying parent gives their income and circumstances (LC-3.2, LC-4.2); the engine decides
     * the weekly amount from the initial effective date (LC-4.3). Also replaces a default-rate
     * decision from its start.
     */
    @Transactional
    public DecisionView givePayingDetails(long caseId, CaseAnswers a) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        caseParties.requireRole(c, who, PartyRole.PAYING);
        if (!canGiveDetails(c)) {
            throw new UserFacingException("error.details.notNow");
        }
        List<FieldError> errors = new ArrayList<>();
        for (CaseQuestion.Ref q : detailsQuestions(caseId, a)) {
            errors.addAll(CaseQuestionRules.errors(q, a, support.today(), true));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        applyIncome(c, a);
        c.otherChildren(Formats.count(a.getRelevantOtherChildren(), 20).orElseThrow(),
                Formats.count(a.getOtherArrangementChildren(), 20).orElseThrow());
        for (CaseChild k : support.qualifying(caseId, support.today())) {
            k.nights(Formats.count(a.getNights().get(k.id()), CaseQuestionRules.MAX_NIGHTS).orElseThrow());
        }
        if (a.getIncomeType() == IncomeType.EMPLOYED) {
            caseParties.partiesOf(caseId).get(PartyRole.PAYING).employer(blank(a.getEmployer()) ? null : a.getEmployer().trim());
        }
        c.detailsGiven(clock.instant(), a.getPaymentFrequency());
        LocalDate effective = c.initialEffectiveDate();
        List<CaseChild> kids = support.qualifying(caseId, effective);
        Decision d = decisionMaker.decide(c, DecisionKind.INITIAL, effective, Texts.t("decision.reason.initial"),
                CaseSupport.actor(who), decisionMaker.calculate(DecisionMaker.Circumstances.of(c), kids), true);
        audit.recordOnBehalf("CASE_DETAILS_GIVEN", who.onBehalfOf(), "case", c.id().toString(), null);
        return support.view(d);
    }

    /** Whether the paying parent may give details now: awaited, or replacing a default-rate decision. */
    boolean canGiveDetails(MaintenanceCase c) {
        return c.status() == CaseStatus.AWAITING_DETAILS || c.status() == CaseStatus.ACTIVE
                && decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(c.id())
                .map(d -> d.kind() == DecisionKind.DEFAULT_RATE).orElse(false);
    }

    /** Records income answers on the case (the self-employed give a yearly figure). */
    static void applyIncome(MaintenanceCase c, CaseAnswers a) {
        IncomeType type = a.getIncomeType();
        if (type.earns()) {
            IncomeFrequency f = type == IncomeType.SELF_EMPLOYED ? IncomeFrequency.YEARLY : a.getIncomeFrequency();
            c.income(type, MoneyText.tryParse(a.getIncomeAmount()).orElseThrow(), f, null,
                    MoneyText.tryParse(a.getPension()).orElse(null));
        } else {
            c.income(type, null, null, type == IncomeType.BENEFITS ? a.getBenefitKind() : null, null);
        }
    }
}
