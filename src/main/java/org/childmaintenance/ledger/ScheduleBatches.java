package org.childmaintenance.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.childmaintenance.ledger.LedgerStore.Obligation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Schedules in from the cases feature: what a new schedule changes in a case's obligations ({@link #diff}, used by
 * {@link LedgerService#applyCaseSchedule} one case at a time), and the same for many cases at once in the caller's
 * transaction ({@link #applyAll}, a mass recalculation's chunk): the cases' ledger rows locked and read with one query,
 * their obligations with one, and the changes written in JDBC batches, with the same result per case as one at a time.
 */
@Component
class ScheduleBatches {
    private final LedgerStore store;
    private final JdbcTemplate jdbc;
    private final LedgerParties parties;
    private final AuditService audit;
    private final Clock clock;

    ScheduleBatches(LedgerStore store, JdbcTemplate jdbc, LedgerParties parties, AuditService audit, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a schedule changes: lines to add, obligations to supersede, lines kept, posted lines it would change. */
    record Diff(List<ScheduleSnapshot.ScheduleLine> toAdd, List<Long> toSupersede, int unchanged, List<LocalDate> ignored) {
        boolean changes() {
            return !toAdd.isEmpty() || !toSupersede.isEmpty();
        }
    }

    /**
     * LC-9.1: lines not yet posted are replaced by the schedule's; lines already posted stay (a change to them is an
     * adjustment, so it is ignored here); a scheduled line the schedule no longer has is superseded.
     */
    static Diff diff(List<Obligation> obligations, List<ScheduleSnapshot.ScheduleLine> lines) {
        List<Obligation> existing = obligations.stream().filter(o -> o.kind().equals(LedgerService.MAINTENANCE)).toList();
        Map<LocalDate, Obligation> byDate = new TreeMap<>();
        existing.forEach(o -> byDate.put(o.dueDate(), o));
        List<ScheduleSnapshot.ScheduleLine> toAdd = new ArrayList<>();
        List<Long> toSupersede = new ArrayList<>();
        List<LocalDate> ignored = new ArrayList<>();
        Set<LocalDate> wanted = new HashSet<>();
        int unchanged = 0;
        for (ScheduleSnapshot.ScheduleLine line : lines) {
            wanted.add(line.dueDate());
            Obligation o = byDate.get(line.dueDate());
            if (o == null) {
                toAdd.add(line);
            } else if (o.amount().compareTo(line.amount()) == 0) {
                unchanged++;
            } else if (o.status().equals("POSTED")) {
                ignored.add(line.dueDate());
            } else {
                toSupersede.add(o.id());
                toAdd.add(line);
            }
        }
        existing.stream().filter(o -> o.status().equals("SCHEDULED") && !wanted.contains(o.dueDate()))
                .forEach(o -> toSupersede.add(o.id()));
        return new Diff(toAdd, toSupersede, unchanged, List.copyOf(ignored));
    }

    /**
     * Takes many cases' schedules at once, in the caller's transaction, as {@link LedgerService#applyCaseSchedule}
     * would one by one: a case new to the ledger is opened, the parties and service type follow the case, the
     * obligations are replaced. The cases' rows are locked ({@code FOR UPDATE}) and their versions moved on, so a
     * posting to one of them meanwhile waits and then takes its turn again ({@link CaseTurns}).
     */
    void applyAll(List<ScheduleSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDateTime at = LedgerStore.utc(now);
        LocalDate today = LocalDate.now(clock);
        Long actor = parties.actorId();
        List<Long> ids = snapshots.stream().map(ScheduleSnapshot::caseId).toList();
        String in = "(" + LedgerStore.marks(ids.size()) + ")";
        Map<Long, CaseRecord> known = new HashMap<>();
        jdbc.query("SELECT case_id, case_reference, service_type, paying_account_id, receiving_account_id, version "
                + "FROM ledger_case WHERE case_id IN " + in + " FOR UPDATE", rs -> {
                    CaseRecord c = new CaseRecord(rs.getLong(1), rs.getString(2),
                            org.childmaintenance.cases.ServiceType.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6));
                    known.put(c.caseId(), c);
                }, ids.toArray());
        Map<Long, List<Obligation>> obligations = new LinkedHashMap<>();
        jdbc.query("SELECT id, case_id, kind, due_date, amount, status, service_type FROM ledger_obligation "
                + "WHERE case_id IN " + in + " AND live = 1 ORDER BY case_id, due_date, kind", rs -> {
                    Obligation o = new Obligation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), rs.getString(6),
                            rs.getString(7) == null ? null : org.childmaintenance.cases.ServiceType.valueOf(rs.getString(7)));
                    obligations.computeIfAbsent(o.caseId(), x -> new ArrayList<>()).add(o);
                }, ids.toArray());

        List<Object[]> newCases = new ArrayList<>();
        List<Object[]> claims = new ArrayList<>();
        List<Object[]> serviceChanges = new ArrayList<>();
        List<Long> toSupersede = new ArrayList<>();
        List<Object[]> toAdd = new ArrayList<>();
        List<AuditService.Item> followed = new ArrayList<>();
        List<AuditService.Item> applied = new ArrayList<>();
        for (ScheduleSnapshot s : snapshots) {
            CaseRecord c = known.get(s.caseId());
            if (c == null) {
                newCases.add(new Object[] {s.caseId(), s.caseReference(), s.serviceType().name(), s.payingAccountId(),
                        s.receivingAccountId(), at});
                serviceChanges.add(new Object[] {store.nextId(), s.caseId(), s.serviceType().name(), today, "schedule", at, actor});
            } else {
                claims.add(new Object[] {s.caseReference(), s.payingAccountId(), s.receivingAccountId(), s.serviceType().name(),
                        s.caseId(), c.version()});
                if (c.serviceType() != s.serviceType()) {
                    serviceChanges.add(new Object[] {store.nextId(), s.caseId(), s.serviceType().name(), today, "case", at, actor});
                    followed.add(new AuditService.Item(Long.toString(s.caseId()), c.serviceType() + " -> " + s.serviceType()));
                }
            }
            Diff d = diff(obligations.getOrDefault(s.caseId(), List.of()), s.lines());
            toSupersede.addAll(d.toSupersede());
            d.toAdd().forEach(line -> toAdd.add(new Object[] {store.nextId(), s.caseId(), LedgerService.MAINTENANCE,
                    line.dueDate(), line.amount(), at}));
            if (d.changes()) {
                applied.add(new AuditService.Item(Long.toString(s.caseId()),
                        "added " + d.toAdd().size() + ", superseded " + d.toSupersede().size()));
            }
        }
        jdbc.batchUpdate("INSERT INTO ledger_case (case_id, case_reference, service_type, paying_account_id, "
                + "receiving_account_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)", newCases);
        for (int n : jdbc.batchUpdate("UPDATE ledger_case SET version = version + 1, case_reference = ?, paying_account_id = ?, "
                + "receiving_account_id = ?, service_type = ? WHERE case_id = ? AND version = ?", claims)) {
            if (n == 0) {
                throw new OptimisticLockingFailureException("A case of the batch changed in the ledger meanwhile");
            }
        }
        jdbc.batchUpdate("INSERT INTO ledger_service_change (id, case_id, service_type, effective_date, reason, recorded_at, "
                + "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", serviceChanges);
        for (int i = 0; i < toSupersede.size(); i += LedgerStore.BATCH) {
            List<Long> part = toSupersede.subList(i, Math.min(toSupersede.size(), i + LedgerStore.BATCH));
            jdbc.update("UPDATE ledger_obligation SET status = 'SUPERSEDED', live = NULL WHERE id IN ("
                    + LedgerStore.marks(part.size()) + ") AND status = 'SCHEDULED'", part.toArray());
        }
        jdbc.batchUpdate("INSERT INTO ledger_obligation (id, case_id, kind, due_date, amount, status, live, created_at) "
                + "VALUES (?, ?, ?, ?, ?, 'SCHEDULED', 1, ?)", toAdd);
        audit.recordAll("LEDGER_SERVICE_TYPE_FOLLOWED", "case", followed);
        audit.recordAll("LEDGER_SCHEDULE_APPLIED", "case", applied);
    }
}
