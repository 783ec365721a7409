package org.childmaintenance.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.TimeConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily case job: ends a child's part of a case when they reach an age or education limit
 * (LC-11.1) and, on each case's review date, reviews it with the latest income and circumstances
 * (LC-10.1), starting a new reference period and schedule. One transaction per case; one node
 * at a time (ShedLock).
 */
@Component
class AnnualReview {
    static final String ACTOR = "Annual review (automatic)";
    private static final Logger log = LoggerFactory.getLogger(AnnualReview.class);
    private final CaseRepository cases;
    private final DecisionRepository decisions;
    private final DecisionMaker decisionMaker;
    private final CaseSupport support;
    private final CaseClosure closure;
    private final TransactionTemplate tx;
    private final Clock clock;

    AnnualReview(CaseRepository cases, DecisionRepository decisions,
                 DecisionMaker decisionMaker, CaseSupport support, CaseClosure closure, TransactionTemplate tx,
                 Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.decisionMaker = decisionMaker;
        this.support = support;
        this.closure = closure;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.cases.review-cron:0 30 2 * * *}", zone = TimeConfig.ZONE_NAME)
    @SchedulerLock(name = "cases-annual-review", lockAtMostFor = "PT30M")
    void daily() {
        int done = run();
        log.info("Case review job: {} case(s) changed", done);
    }

    /** Runs the job for today; returns how many cases got a new decision or closed. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = tx.execute(s -> cases.findByStatusOrderByCreatedAt(CaseStatus.ACTIVE).stream()
                .map(MaintenanceCase::id).toList());
        int changed = 0;
        for (Long id : ids) {
            try {
                Boolean did = tx.execute(s -> review(id, today));
                changed += Boolean.TRUE.equals(did) ? 1 : 0;
            } catch (RuntimeException e) {
                log.error("Case review failed for case {}", id, e);
            }
        }
        return changed;
    }

    private boolean review(long caseId, LocalDate today) {
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        boolean changed = false;
        DecisionMaker.Actor actor = new DecisionMaker.Actor(null, ACTOR);
        for (CaseChild k : support.qualifying(caseId, today.plusDays(1))) {
            LocalDate limit = limitDate(k);
            if (!limit.isAfter(today)) {
                k.end(limit, Texts.t("child.end.limit"));
                List<CaseChild> left = support.qualifying(caseId, limit);
                if (left.isEmpty()) {
                    closure.close(c, limit, Texts.t("close.reason.noChildren"));
                    return true;
                }
                decisionMaker.decide(c, DecisionKind.CHANGE, limit, Texts.t("decision.reason.childLimit", k.fullName()),
                        actor, calculate(c, left), false);
                changed = true;
            }
        }
        if (c.reviewDate() != null && !c.reviewDate().isAfter(today)) {
            LocalDate review = c.reviewDate();
            List<CaseChild> kids = support.qualifying(caseId, review);
            decisionMaker.decide(c, DecisionKind.ANNUAL_REVIEW, review, Texts.t("decision.reason.review"), actor,
                    calculate(c, kids), true);
            changed = true;
        }
        return changed;
    }

    DecisionMaker.Calculated calculate(MaintenanceCase c, List<CaseChild> kids) {
        return calculate(c, kids, c.detailsGivenAt() != null ? null : decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(
                c.id()).map(Decision::kind).orElse(null));
    }

    /** As {@link #calculate(MaintenanceCase, List)} with the kind of the case's latest decision already read. */
    DecisionMaker.Calculated calculate(MaintenanceCase c, List<CaseChild> kids, @Nullable DecisionKind latest) {
        boolean onDefault = c.detailsGivenAt() == null && latest == DecisionKind.DEFAULT_RATE;
        return onDefault ? DecisionMaker.defaultRate(kids) : decisionMaker.calculate(DecisionMaker.Circumstances.of(c), kids);
    }

    /**
     * LC-11.1: a child in approved education counts until their 20th birthday; otherwise until
     * the 31 August on or after their 16th birthday. Returns the first day they no longer count.
     */
    static LocalDate limitDate(CaseChild k) {
        if (Boolean.TRUE.equals(k.inEducation())) {
            return k.dateOfBirth().plusYears(20);
        }
        LocalDate sixteenth = k.dateOfBirth().plusYears(16);
        LocalDate august = LocalDate.of(sixteenth.getYear(), 8, 31);
        if (sixteenth.isAfter(august)) {
            august = august.plusYears(1);
        }
        return august.plusDays(1);
    }
}
