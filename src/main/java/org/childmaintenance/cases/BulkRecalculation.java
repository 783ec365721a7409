package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.DisplayFormats;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mass recalculation's work on one chunk of cases, in the caller's transaction, with the same result per case
 * as {@link DecisionMaker#decide} (kind CHANGE, within the current period): a new decision with its explanation in
 * both languages, the schedule rebuilt from the effective date (later instalments superseded, one running over the
 * date shortened), a decision letter for each party, a timeline entry and an audit entry. Done in bulk: the chunk's
 * cases, children, parties and current instalments are read with one query each, the calculation runs in memory and
 * the rows are written with JDBC batches. Instead of a {@link DecisionMade} and a {@link ScheduleChanged} per case,
 * one {@link CasesRecalculated} for the chunk: the ledger replaces the obligations of all its cases in this same
 * transaction, and each parent is told once.
 *
 * <p>The chunk's case rows are locked ({@code FOR UPDATE}) first, so a change to one of them by someone else waits
 * for the chunk; an instalment superseded meanwhile by another decision makes the chunk roll back.
 */
@Component
class BulkRecalculation {
    private final CaseRepository cases;
    private final ChildRepository children;
    private final AnnualReview review;
    private final DecisionMaker decisionMaker;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BulkRecalculation(CaseRepository cases, ChildRepository children, AnnualReview review, DecisionMaker decisionMaker,
                      AuditService audit, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.cases = cases;
        this.children = children;
        this.review = review;
        this.decisionMaker = decisionMaker;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A current instalment as read, with the weekly amount of the decision it came from. */
    private record Current(long id, long decisionId, LocalDate start, LocalDate end, LocalDate due, BigDecimal amount,
                           BigDecimal oldWeekly) {
    }

    /** A case to decide: its worked-out amount and, once saved, its decision id. */
    private static final class Planned {
        final MaintenanceCase c;
        final DecisionMaker.Calculated calc;
        long decisionId;

        Planned(MaintenanceCase c, DecisionMaker.Calculated calc) {
            this.c = c;
            this.calc = calc;
        }
    }

    /** Time spent in each phase, summed over the workers, in nanoseconds (read, calculate, write, ledger/notices). */
    private final AtomicLongArray phases = new AtomicLongArray(4);

    long[] phases() {
        return new long[] {phases.get(0), phases.get(1), phases.get(2), phases.get(3)};
    }

    /**
     * Decides the active cases among {@code ids} from {@code effective}; returns the new decision's id for each case
     * (null for a case with no period yet, a period starting after the date or no qualifying child: left as it is).
     */
    Map<Long, @Nullable Long> decide(List<Long> ids, String run, LocalDate effective, String reason, String actorLabel) {
        long t0 = System.nanoTime();
        Map<Long, @Nullable Long> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, null));
        if (ids.isEmpty()) {
            return result;
        }
        String in = "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        Object[] args = ids.toArray();
        jdbc.query("SELECT id FROM cm_case WHERE id IN " + in + " FOR UPDATE", rs -> { }, args);
        Map<Long, MaintenanceCase> byId = new HashMap<>();
        cases.findAllById(ids).forEach(c -> byId.put(c.id(), c));
        Map<Long, List<CaseChild>> kids = new HashMap<>();
        children.findByCaseIdInOrderByCaseIdAscPositionAsc(ids)
                .forEach(k -> kids.computeIfAbsent(k.caseId(), x -> new ArrayList<>()).add(k));
        Map<Long, Long[]> accounts = new HashMap<>();
        jdbc.query("SELECT case_id, role, account_id FROM cm_party WHERE case_id IN " + in, rs -> {
            Long[] pair = accounts.computeIfAbsent(rs.getLong(1), x -> new Long[2]);
            long account = rs.getLong(3);
            pair[PartyRole.valueOf(rs.getString(2)) == PartyRole.PAYING ? 0 : 1] = rs.wasNull() ? null : account;
        }, args);
        Map<Long, List<Current>> current = new HashMap<>();
        jdbc.query("SELECT i.id, i.case_id, i.decision_id, i.period_start, i.period_end, i.due_date, i.amount, d.weekly_amount "
                + "FROM cm_instalment i JOIN cm_decision d ON d.id = i.decision_id WHERE i.case_id IN " + in
                + " AND i.superseded = FALSE ORDER BY i.case_id, i.due_date, i.id", rs -> {
                    current.computeIfAbsent(rs.getLong(2), x -> new ArrayList<>()).add(new Current(rs.getLong(1),
                            rs.getLong(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8)));
                }, args);
        Map<Long, DecisionKind> latestKinds = latestKinds(byId.values().stream()
                .filter(c -> c.detailsGivenAt() == null).map(MaintenanceCase::id).toList());
        long t1 = System.nanoTime();

        List<Planned> planned = new ArrayList<>();
        for (Long id : ids) {
            MaintenanceCase c = byId.get(id);
            if (c == null || c.status() != CaseStatus.ACTIVE || c.periodStart() == null || effective.isBefore(c.periodStart())) {
                continue;
            }
            List<CaseChild> qualifying = kids.getOrDefault(id, List.of()).stream().filter(k -> k.qualifiesOn(effective)).toList();
            if (!qualifying.isEmpty()) {
                planned.add(new Planned(c, review.calculate(c, qualifying, latestKinds.get(id))));
            }
        }
        long t2 = System.nanoTime();
        if (planned.isEmpty()) {
            return result;
        }
        Instant now = clock.instant();
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        insertDecisions(planned, effective, reason, actorLabel, at);

        List<Long> superseded = new ArrayList<>();
        List<Object[]> instalments = new ArrayList<>();
        List<Object[]> letters = new ArrayList<>();
        List<Object[]> timeline = new ArrayList<>();
        List<AuditService.Item> audits = new ArrayList<>();
        List<CasesRecalculated.CaseSchedule> schedules = new ArrayList<>();
        Map<BigDecimal, TimelineEntry> texts = new HashMap<>();
        for (Planned p : planned) {
            long caseId = p.c.id();
            result.put(caseId, p.decisionId);
            List<ScheduleBuilder.Period> kept = new ArrayList<>();
            for (Current i : current.getOrDefault(caseId, List.of())) {
                if (!i.start().isBefore(effective)) {
                    superseded.add(i.id());
                } else if (i.end().isAfter(effective)) {
                    superseded.add(i.id());
                    ScheduleBuilder.Period cut = ScheduleBuilder.truncate(i.start(), i.due(), i.oldWeekly(), effective);
                    instalments.add(instalment(caseId, i.decisionId(), cut));
                    kept.add(cut);
                } else {
                    kept.add(new ScheduleBuilder.Period(i.start(), i.end(), i.due(), i.amount()));
                }
            }
            if (p.c.reviewDate() != null && effective.isBefore(p.c.reviewDate())) {
                PaymentFrequency frequency = p.c.paymentFrequency() == null ? PaymentFrequency.MONTHLY : p.c.paymentFrequency();
                for (ScheduleBuilder.Period period : ScheduleBuilder.build(p.c.periodStart(), p.c.reviewDate(), frequency,
                        p.calc.weekly(), effective)) {
                    instalments.add(instalment(caseId, p.decisionId, period));
                    kept.add(period);
                }
            }
            for (PartyRole role : PartyRole.values()) {
                letters.add(new Object[] {caseId, role.name(), CaseDocument.Kind.DECISION_LETTER.name(), p.decisionId, at});
            }
            BigDecimal weekly = p.calc.weekly();
            TimelineEntry text = texts.computeIfAbsent(weekly, w -> new TimelineEntry(caseId, TimelineEntry.ALL, now,
                    () -> Texts.t("timeline.decision", MoneyText.format(w), DisplayFormats.date(effective),
                            Texts.t("decisionKind." + DecisionKind.CHANGE.name()))));
            timeline.add(new Object[] {caseId, TimelineEntry.ALL, at, text.english(), text.welsh()});
            audits.add(new AuditService.Item(Long.toString(caseId),
                    DecisionKind.CHANGE + " " + weekly + " a week from " + effective + " by " + actorLabel));
            Long[] pair = accounts.getOrDefault(caseId, new Long[2]);
            schedules.add(new CasesRecalculated.CaseSchedule(caseId, p.decisionId, weekly, p.c.reference(), p.c.serviceType(),
                    pair[0], pair[1], kept.stream().sorted(Comparator.comparing(ScheduleBuilder.Period::due)
                            .thenComparing(ScheduleBuilder.Period::start))
                    .map(x -> new CasesRecalculated.Due(x.due(), x.amount())).toList()));
        }
        // what is superseded: every current instalment that ends after the date (one statement for the chunk; the
        // count shows whether the instalments are still the ones read)
        List<Object> decidedIds = new ArrayList<>();
        planned.forEach(p -> decidedIds.add(p.c.id()));
        decidedIds.add(effective);
        int n = jdbc.update("UPDATE cm_instalment SET superseded = TRUE WHERE case_id IN ("
                + String.join(",", Collections.nCopies(planned.size(), "?")) + ") AND superseded = FALSE AND period_end > ?",
                decidedIds.toArray());
        if (n != superseded.size()) {
            throw new OptimisticLockingFailureException("The chunk's instalments changed meanwhile (" + n + " superseded, "
                    + superseded.size() + " expected)");
        }
        jdbc.batchUpdate("INSERT INTO cm_instalment (case_id, decision_id, period_start, period_end, due_date, amount, "
                + "superseded) VALUES (?, ?, ?, ?, ?, ?, FALSE)", instalments);
        jdbc.batchUpdate("INSERT INTO cm_document (case_id, audience, kind, decision_id, created_at) VALUES (?, ?, ?, ?, ?)",
                letters);
        jdbc.batchUpdate("INSERT INTO cm_timeline (case_id, audience, created_at, message, message_cy) VALUES (?, ?, ?, ?, ?)",
                timeline);
        audit.recordAll("CASE_DECISION", "case", audits);
        long t3 = System.nanoTime();
        events.publishEvent(new CasesRecalculated(run, effective, schedules));
        long t4 = System.nanoTime();
        phases.addAndGet(0, t1 - t0);
        phases.addAndGet(1, t2 - t1);
        phases.addAndGet(2, t3 - t2);
        phases.addAndGet(3, t4 - t3);
        return result;
    }

    private static Object[] instalment(long caseId, long decisionId, ScheduleBuilder.Period p) {
        return new Object[] {caseId, decisionId, p.start(), p.end(), p.due(), p.amount()};
    }

    /** The kind of each case's latest decision (latest by effective date, then id, as the single path reads it). */
    private Map<Long, DecisionKind> latestKinds(List<Long> caseIds) {
        Map<Long, DecisionKind> kinds = new HashMap<>();
        if (caseIds.isEmpty()) {
            return kinds;
        }
        jdbc.query("SELECT case_id, kind FROM cm_decision WHERE case_id IN ("
                + String.join(",", Collections.nCopies(caseIds.size(), "?")) + ") ORDER BY case_id, effective_date DESC, id DESC",
                rs -> {
                    kinds.putIfAbsent(rs.getLong(1), DecisionKind.valueOf(rs.getString(2)));
                }, caseIds.toArray());
        return kinds;
    }

    /** Inserts the decisions in one batch and takes their ids from the generated keys (in the order sent). */
    private void insertDecisions(List<Planned> planned, LocalDate effective, String reason, String actorLabel,
                                 LocalDateTime at) {
        String sql = "INSERT INTO cm_decision (case_id, kind, effective_date, service_type, weekly_amount, rate_band, "
                + "gross_weekly_income, income_basis, qualifying_children, relevant_other_children, other_arrangement_children, "
                + "shared_care_nights, reason, breakdown, decided_at, decided_by, decided_by_label) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)";
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (Planned p : planned) {
                    DecisionMaker.Calculated calc = p.calc;
                    ps.setLong(1, p.c.id());
                    ps.setString(2, DecisionKind.CHANGE.name());
                    ps.setObject(3, effective);
                    ps.setString(4, p.c.serviceType().name());
                    ps.setBigDecimal(5, calc.weekly());
                    ps.setString(6, calc.rateBand());
                    ps.setBigDecimal(7, calc.grossWeeklyIncome());
                    ps.setString(8, calc.incomeBasis());
                    ps.setInt(9, calc.qualifyingChildren());
                    ps.setInt(10, calc.relevantOtherChildren());
                    ps.setInt(11, calc.otherArrangementChildren());
                    ps.setString(12, calc.nights());
                    ps.setString(13, reason);
                    ps.setString(14, decisionMaker.breakdownJson(calc));
                    ps.setObject(15, at);
                    ps.setString(16, actorLabel);
                    ps.addBatch();
                }
                ps.executeBatch();
                int n = 0;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next() && n < planned.size()) {
                        planned.get(n++).decisionId = keys.getLong(1);
                    }
                }
                if (n != planned.size()) {
                    throw new IllegalStateException("The database gave " + n + " decision ids for " + planned.size());
                }
            }
            return null;
        });
        // the keys must be in the order sent: checked, as a wrong order would give cases each other's decisions
        Map<Long, Long> caseOf = new HashMap<>();
        jdbc.query("SELECT id, case_id FROM cm_decision WHERE id IN (" + String.join(",", Collections.nCopies(planned.size(), "?"))
                + ")", rs -> {
                    caseOf.put(rs.getLong(1), rs.getLong(2));
                }, planned.stream().map(p -> (Object) p.decisionId).toArray());
        for (Planned p : planned) {
            if (!p.c.id().equals(caseOf.get(p.decisionId))) {
                throw new IllegalStateException("Decision ids out of order for case " + p.c.id());
            }
        }
    }
}
