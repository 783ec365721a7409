package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.Texts;
import org.childmaintenance.calculation.BreakdownStep;
import org.childmaintenance.calculation.CalculationEngine;
import org.childmaintenance.calculation.CalculationInput;
import org.childmaintenance.calculation.CalculationResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.childmaintenance.base.DisplayFormats;

/**
 * Turns a case's circumstances into a decision: runs the calculation engine (or the default
 * rate), saves the decision, rebuilds the payment schedule from its effective date, files a
 * letter for each party, tells both parties and publishes {@link DecisionMade} and
 * {@link ScheduleChanged}. Callers check access and hold the transaction.
 */
@Component
class DecisionMaker {
    /** The receiving parent's id in the engine's input; it appears in the engine's explanations. */
    static final String RP_ID = "the receiving parent";
    private static final Map<Integer, BigDecimal> DEFAULT_RATES = Map.of(
            1, new BigDecimal("39.00"), 2, new BigDecimal("51.00"), 3, new BigDecimal("64.00"));

    /** Who made a decision: a person, or the service itself (annual review). */
    record Actor(@Nullable Long accountId, String label) {
    }

    /** The paying parent's circumstances as the calculation needs them. */
    record Circumstances(IncomeType incomeType, @Nullable BigDecimal amount, @Nullable IncomeFrequency frequency,
                         @Nullable BenefitKind benefit, @Nullable BigDecimal pension, int relevantOtherChildren,
                         int otherArrangementChildren) {
        static Circumstances of(MaintenanceCase c) {
            return new Circumstances(c.incomeType() == null ? IncomeType.NONE : c.incomeType(), c.incomeAmount(),
                    c.incomeFrequency(), c.benefitKind(), c.pensionAmount(), c.relevantOtherChildren(),
                    c.otherArrangementChildren());
        }
    }

    /** A worked-out amount, not yet saved. */
    record Calculated(BigDecimal weekly, String rateBand, @Nullable BigDecimal grossWeeklyIncome, String incomeBasis,
                      int qualifyingChildren, int relevantOtherChildren, int otherArrangementChildren,
                      String nights, List<StoredStep> steps) {
    }

    /**
     * A step of the explanation as a decision keeps it, written in English and in Welsh when the decision is made
     * (each reader sees their language). {@code step} is the engine's English step name ({@code StepNames} shows
     * it translated); {@code stepCy} is set only for a step with no engine name (the default rate). A decision
     * made before both were kept has neither: a default rate's texts are read back into the reader's language
     * ({@link Texts#stored}); an engine explanation is shown as it was written (English).
     */
    record StoredStep(String step, String explanation, @Nullable String stepCy, @Nullable String explanationCy) {
        CaseService.ExplanationStep in(Language language) {
            if (explanationCy == null) {
                // A default-rate step is one of the service's texts; any other step of a decision made before
                // explanations were kept in Welsh too stays in English (marked so, and said so in Welsh).
                String shown = Texts.in(language, () -> Texts.stored(explanation, "decision.default.explanation"));
                Language written = language != Language.ENGLISH && shown.equals(explanation) ? Language.ENGLISH : language;
                return new CaseService.ExplanationStep(Texts.in(language, () -> Texts.stored(step, "decision.default.step")),
                        shown, written);
            }
            return language == Language.WELSH
                    ? new CaseService.ExplanationStep(stepCy == null ? step : stepCy, explanationCy, Language.WELSH)
                    : new CaseService.ExplanationStep(step, explanation, Language.ENGLISH);
        }
    }

    private final CalculationEngine engine;
    private final DecisionRepository decisions;
    private final InstalmentRepository instalments;
    private final DocumentRepository documents;
    private final PartyRepository parties;
    private final TimelineRepository timeline;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    DecisionMaker(CalculationEngine engine, DecisionRepository decisions, InstalmentRepository instalments,
                  DocumentRepository documents, PartyRepository parties, TimelineRepository timeline,
                  AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.engine = engine;
        this.decisions = decisions;
        this.instalments = instalments;
        this.documents = documents;
        this.parties = parties;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.json = JsonMapper.builder().build();
        this.clock = clock;
    }

    /** The engine's input for these circumstances and children (one receiving parent per case). */
    static CalculationInput input(Circumstances c, List<CaseChild> children) {
        BigDecimal weekly = null;
        BigDecimal annual = null;
        BigDecimal pension = null;
        switch (c.incomeType()) {
            case NONE -> weekly = new BigDecimal("0.00");
            case BENEFITS -> {
            }
            case EMPLOYED, SELF_EMPLOYED -> {
                IncomeFrequency f = c.frequency() == null ? IncomeFrequency.YEARLY : c.frequency();
                BigDecimal amount = c.amount() == null ? BigDecimal.ZERO.setScale(2) : c.amount();
                if (f == IncomeFrequency.WEEKLY) {
                    weekly = amount;
                    pension = c.pension();
                } else {
                    BigDecimal perYear = BigDecimal.valueOf(f.perYear());
                    annual = amount.multiply(perYear).setScale(2);
                    pension = c.pension() == null ? null : c.pension().multiply(perYear).setScale(2);
                }
            }
        }
        List<CalculationInput.ChildInput> kids = children.stream()
                .map(k -> new CalculationInput.ChildInput(null, k.nights())).toList();
        return new CalculationInput(weekly, annual, pension,
                c.incomeType() == IncomeType.BENEFITS && c.benefit() != null ? c.benefit().flatRate() : null, null,
                c.relevantOtherChildren(), c.otherArrangementChildren(),
                List.of(new CalculationInput.ReceivingParentInput(RP_ID, kids)), true);
    }

    Calculated calculate(Circumstances c, List<CaseChild> children) {
        CalculationInput input = input(c, children);
        CalculationResult r = engine.calculate(input, Language.ENGLISH.locale());
        List<BreakdownStep> welsh = engine.calculate(input, Language.WELSH.locale()).breakdown();
        List<StoredStep> steps = new ArrayList<>(welsh.size());
        for (int i = 0; i < r.breakdown().size(); i++) {
            BreakdownStep s = r.breakdown().get(i);
            steps.add(new StoredStep(s.step(), s.explanation(), null, welsh.get(i).explanation()));
        }
        return new Calculated(r.receivingParents().getFirst().weeklyAmount(), r.rateBand().label(),
                r.grossWeeklyIncome(), c.incomeType() == IncomeType.BENEFITS ? "BENEFIT" : "CURRENT",
                children.size(), c.relevantOtherChildren(), c.otherArrangementChildren(), nights(children), steps);
    }

    /** Calculation.md step 10: £39 / £51 / £64 a week for 1 / 2 / 3 or more children. */
    static Calculated defaultRate(List<CaseChild> children) {
        BigDecimal weekly = DEFAULT_RATES.get(Math.min(3, children.size()));
        StoredStep step = new StoredStep(Texts.t(Language.ENGLISH, "decision.default.step"),
                Texts.t(Language.ENGLISH, "decision.default.explanation", children.size(), MoneyText.format(weekly)),
                Texts.t(Language.WELSH, "decision.default.step"),
                Texts.t(Language.WELSH, "decision.default.explanation", children.size(), MoneyText.format(weekly)));
        return new Calculated(weekly, Texts.t(Language.ENGLISH, "decision.default.band"), null, "DEFAULT", children.size(), 0, 0,
                nights(children), List.of(step));
    }

    private static String nights(List<CaseChild> children) {
        return children.stream().map(k -> k.fullName() + ": " + k.nights())
                .collect(Collectors.joining(", "));
    }

    /** The explanation as a decision stores it (both languages), for writers that save decisions in bulk. */
    String breakdownJson(Calculated calc) {
        return json.writeValueAsString(calc.steps());
    }

    /**
     * Saves a decision and what follows from it. {@code newPeriod} starts a new reference period on
     * the effective date (first decision, annual review); otherwise the schedule is changed from
     * the effective date within the current period.
     */
    Decision decide(MaintenanceCase c, DecisionKind kind, LocalDate effective, String reason, Actor actor,
                    Calculated calc, boolean newPeriod) {
        Decision d = decisions.save(new Decision(c.id(), kind, effective, c.serviceType(), calc.weekly(), calc.rateBand(),
                calc.grossWeeklyIncome(), calc.incomeBasis(), calc.qualifyingChildren(), calc.relevantOtherChildren(),
                calc.otherArrangementChildren(), calc.nights(), reason, json.writeValueAsString(calc.steps()),
                clock.instant(), actor.accountId(), actor.label()));
        if (newPeriod) {
            c.startPeriod(effective);
        }
        List<Instalment> current = rebuildSchedule(c, d, effective);
        if (c.status() != CaseStatus.CLOSED) {
            c.moveTo(CaseStatus.ACTIVE);
        }
        for (PartyRole role : PartyRole.values()) {
            documents.save(new CaseDocument(c.id(), role, CaseDocument.Kind.DECISION_LETTER, d.id(), clock.instant()));
        }
        // No CaseNews: the ScheduleChanged published below is what tells both parents (one notice each).
        timeline.save(new TimelineEntry(c.id(), TimelineEntry.ALL, clock.instant(), () -> Texts.t("timeline.decision",
                MoneyText.format(d.weeklyAmount()), DisplayFormats.date(effective), Texts.t("decisionKind." + kind.name()))));
        audit.record("CASE_DECISION", "case", c.id().toString(),
                kind + " " + d.weeklyAmount() + " a week from " + effective + " by " + actor.label());
        events.publishEvent(new DecisionMade(c.id(), d.id(), kind, effective, d.weeklyAmount(), d.serviceType()));
        publishSchedule(c, d.id(), effective, current);
        return d;
    }

    /**
     * Tells the ledger the case's schedule and how it is paid, e.g. after the parents switch between
     * Direct Pay and Collect and Pay (the amounts stay; the service type changes).
     */
    boolean republishSchedule(MaintenanceCase c, LocalDate from) {
        Optional<Decision> latest = decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(c.id());
        latest.ifPresent(d -> publishSchedule(c, d.id(), from,
                instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(c.id())));
        return latest.isPresent();
    }

    /**
     * A message to both parties about a change that also republishes the schedule from {@code from}:
     * the {@link ScheduleChanged} is their notice (or {@link CaseNews}, when there is no decision yet).
     */
    void tellBothWithSchedule(MaintenanceCase c, Supplier<String> message, LocalDate from) {
        timeline.save(new TimelineEntry(c.id(), TimelineEntry.ALL, clock.instant(), message));
        if (!republishSchedule(c, from)) {
            news(parties.findByCaseId(c.id()));
        }
    }

    private void publishSchedule(MaintenanceCase c, long decisionId, LocalDate effective, List<Instalment> current) {
        events.publishEvent(new ScheduleChanged(c.id(), decisionId, effective, current.stream()
                .sorted(java.util.Comparator.comparing(Instalment::dueDate).thenComparing(Instalment::periodStart))
                .map(CaseSupport::view).toList(), c.reference(), c.serviceType(),
                parties.findByCaseIdAndRole(c.id(), PartyRole.PAYING).map(Party::accountId).orElse(null),
                parties.findByCaseIdAndRole(c.id(), PartyRole.RECEIVING).map(Party::accountId).orElse(null)));
    }

    /** Replaces the instalments from {@code from} with ones at the new decision's amount. */
    private List<Instalment> rebuildSchedule(MaintenanceCase c, Decision d, LocalDate from) {
        PaymentFrequency frequency = c.paymentFrequency() == null ? PaymentFrequency.MONTHLY : c.paymentFrequency();
        List<Instalment> existing = instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(c.id());
        List<Instalment> kept = new ArrayList<>();
        for (Instalment i : existing) {
            if (!i.periodStart().isBefore(from)) {
                i.supersede();
            } else if (i.periodEnd().isAfter(from)) {
                i.supersede();
                BigDecimal oldWeekly = decisions.findById(i.decisionId()).map(Decision::weeklyAmount).orElseThrow();
                kept.add(instalments.save(new Instalment(c.id(), i.decisionId(),
                        ScheduleBuilder.truncate(i.periodStart(), i.dueDate(), oldWeekly, from))));
            } else {
                kept.add(i);
            }
        }
        if (c.status() != CaseStatus.CLOSED && c.periodStart() != null && c.reviewDate() != null
                && from.isBefore(c.reviewDate())) {
            for (ScheduleBuilder.Period p : ScheduleBuilder.build(c.periodStart(), c.reviewDate(), frequency,
                    d.weeklyAmount(), from)) {
                kept.add(instalments.save(new Instalment(c.id(), d.id(), p)));
            }
        }
        return kept;
    }

    /** Ends the schedule on {@code from} (case closed): later instalments go, a straddling one is shortened. */
    void endSchedule(MaintenanceCase c, LocalDate from) {
        for (Instalment i : instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(c.id())) {
            if (!i.periodStart().isBefore(from)) {
                i.supersede();
            } else if (i.periodEnd().isAfter(from)) {
                i.supersede();
                BigDecimal oldWeekly = decisions.findById(i.decisionId()).map(Decision::weeklyAmount).orElseThrow();
                instalments.save(new Instalment(c.id(), i.decisionId(),
                        ScheduleBuilder.truncate(i.periodStart(), i.dueDate(), oldWeekly, from)));
            }
        }
    }

    /** The decision's explanation in the current language ({@link Texts#language()}: the page's, a letter's). */
    List<CaseService.ExplanationStep> steps(Decision d) {
        Language language = Texts.language();
        return json.readValue(d.breakdown(), new TypeReference<List<StoredStep>>() { }).stream()
                .map(s -> s.in(language)).toList();
    }

    /**
     * A timeline message to both parties; {@link CaseNews} turns into a notice and an e-mail that
     * says only that there is news (LC-17.6, issue 11).
     */
    void tellBoth(MaintenanceCase c, Supplier<String> message) {
        timeline.save(new TimelineEntry(c.id(), TimelineEntry.ALL, clock.instant(), message));
        news(parties.findByCaseId(c.id()));
    }

    /** A message only one party sees (and the notice to them). */
    void tell(MaintenanceCase c, PartyRole role, Supplier<String> message) {
        timeline.save(new TimelineEntry(c.id(), role.name(), clock.instant(), message));
        news(parties.findByCaseIdAndRole(c.id(), role).stream().toList());
    }

    private void news(List<Party> told) {
        List<Long> accounts = told.stream().map(Party::accountId).filter(Objects::nonNull).distinct().toList();
        if (!accounts.isEmpty()) {
            events.publishEvent(new CaseNews(told.get(0).caseId(), accounts));
        }
    }
}
