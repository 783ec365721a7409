package org.childmaintenance.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.base.Texts;
import org.childmaintenance.cases.CaseService.ChildView;
import org.childmaintenance.cases.CaseService.DecisionView;
import org.childmaintenance.cases.CaseService.DocumentInfo;
import org.childmaintenance.cases.CaseService.InstalmentView;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.springframework.stereotype.Component;
import org.childmaintenance.base.DisplayFormats;

/**
 * Small shared pieces of the case use cases: today's date, the signed-in person, the children who
 * qualify, and turning records into what the case feature returns.
 */
@Component
class CaseSupport {
    private final ChildRepository children;
    private final DecisionMaker decisionMaker;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseSupport(ChildRepository children, DecisionMaker decisionMaker, CurrentUser currentUser, Clock clock) {
        this.children = children;
        this.decisionMaker = decisionMaker;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    PortalUser me() {
        return currentUser.require();
    }

    boolean isCaseworker() {
        return currentUser.hasRole(Roles.CASEWORKER);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static DecisionMaker.Actor actor(AccessService.Decision who) {
        return new DecisionMaker.Actor(who.user().accountId(), who.asCaseworker() ? "Caseworker " + who.user().email()
                : who.user().email());
    }

    List<CaseChild> qualifying(long caseId, LocalDate on) {
        return children.findByCaseIdOrderByPosition(caseId).stream().filter(k -> k.qualifiesOn(on)).toList();
    }

    List<String> childNames(long caseId) {
        return children.findByCaseIdOrderByPosition(caseId).stream().map(CaseChild::fullName).toList();
    }

    Clock clock() {
        return clock;
    }

    DecisionView view(Decision d) {
        return new DecisionView(d.id(), d.kind(), d.effectiveDate(), d.weeklyAmount(), d.rateBand(), d.grossWeeklyIncome(),
                d.qualifyingChildren(), d.relevantOtherChildren(), d.otherArrangementChildren(), d.sharedCareNights(),
                d.serviceType(), systemText(d.reason()), d.decidedAt(), decisionMaker.steps(d));
    }

    /**
     * The service's own texts that case records keep as written (decision reasons, change summaries, casework notes,
     * parentage outcomes): written in English since issue 17, in the language of whoever acted before.
     */
    private static final String[] SYSTEM_TEXTS = systemTexts();

    private static String[] systemTexts() {
        List<String> keys = new java.util.ArrayList<>(List.of("decision.reason.initial", "decision.reason.default",
                "decision.reason.review", "decision.reason.recalculation", "decision.reason.childLimit",
                "casework.duplicate.note", "close.reason.noChildren", "parentage.PRESUMED", "parentage.DNA_CONFIRMED",
                "parentage.DNA_EXCLUDED"));
        for (ChangeKind kind : ChangeKind.values()) {
            keys.add("changeKind." + kind.name());
        }
        return keys.toArray(String[]::new);
    }

    /** A text a case record kept, in the current language when it is one of the service's own; else as written. */
    static String systemText(String recorded) {
        return Texts.stored(recorded, SYSTEM_TEXTS);
    }

    /**
     * The decision as {@code reader} may see it: the receiving parent is not told which benefit the
     * paying parent gets (LC-17.6), only that a flat rate applies; the paying parent sees it all.
     */
    DecisionView viewFor(Decision d, PartyRole reader) {
        DecisionView v = view(d);
        if (reader == PartyRole.PAYING || !"BENEFIT".equals(d.incomeBasis())) {
            return v;
        }
        List<CaseService.ExplanationStep> steps = v.steps().stream()
                .map(s -> mentionsBenefits(s.explanation())
                        ? new CaseService.ExplanationStep(s.step(), Texts.t("decision.flatRate.withheld"))
                        : s)
                .toList();
        return new DecisionView(v.id(), v.kind(), v.effectiveDate(), v.weeklyAmount(), Texts.t("decision.flatRate.band"),
                v.grossWeeklyIncome(), v.qualifyingChildren(), v.relevantOtherChildren(), v.otherArrangementChildren(),
                v.sharedCareNights(), v.serviceType(), v.reason(), v.decidedAt(), steps);
    }

    /** Whether an explanation names a benefit, pension or allowance, in English or in Welsh. */
    static boolean mentionsBenefits(String text) {
        String t = text.toLowerCase(java.util.Locale.UK);
        return t.contains("benefit") || t.contains("pension") || t.contains("allowance") || t.contains("universal credit")
                || t.contains("income support") || t.contains("jobseeker")
                || t.contains("budd-dal") || t.contains("pensiwn") || t.contains("lwfans") || t.contains("credyd cynhwysol")
                || t.contains("cymhorthdal incwm") || t.contains("ceisio gwaith");
    }

    static InstalmentView view(Instalment i) {
        return new InstalmentView(i.id(), i.decisionId(), i.periodStart(), i.periodEnd(), i.dueDate(), i.amount());
    }

    static ChildView view(CaseChild k) {
        return new ChildView(k.id(), k.fullName(), k.dateOfBirth(), k.nights(), k.endedOn());
    }

    DocumentInfo info(CaseDocument d) {
        return new DocumentInfo(d.id(), Texts.t("document." + d.kind().name(),
                DisplayFormats.date(LocalDate.ofInstant(d.createdAt(), clock.getZone()))), d.createdAt(), d.decisionId());
    }

    /** @deprecated kept only for {@code OtherParentLink} until that branch is merged; use {@link SecureCodes#sha256}. */
    @Deprecated
    static String sha256(String value) {
        return SecureCodes.sha256(value);
    }
}
