package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issue 15 (LC-12.3): a plan set or changed by a caseworker that covers arrears above the approval limit (the
 * same limit as casework's other ledger actions) is kept as a request instead of taking effect; it takes effect
 * only when a different caseworker approves it ({@link PlanApprovals}). Parents agree plans directly.
 */
@Component
class PlanHolds {
    static final String AGREE = "AGREE";
    static final String CHANGE = "CHANGE";

    /** A plan waiting for (or decided on by) a second caseworker. */
    record PlanRequest(long id, long caseId, String kind, BigDecimal amount, PlanFrequency frequency, LocalDate firstDate,
                       BigDecimal arrears, String reason, long requestedBy, Instant requestedAt) {
    }

    private final ThreadLocal<Boolean> approving = ThreadLocal.withInitial(() -> false);
    private final JdbcTemplate jdbc;
    private final LedgerStore store;
    private final LedgerParties parties;
    private final AuditService audit;
    private final Clock clock;
    private final BigDecimal limit;

    PlanHolds(JdbcTemplate jdbc, LedgerStore store, LedgerParties parties, AuditService audit, Clock clock,
              @Value("${portal.casework.approval-limit:500.00}") BigDecimal limit) {
        this.jdbc = jdbc;
        this.store = store;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
        this.limit = limit.setScale(2, RoundingMode.UNNECESSARY);
    }

    BigDecimal limit() {
        return limit;
    }

    /**
     * Called (inside the case's turn) just before a plan takes effect: true when a caseworker's plan covers
     * arrears above the limit, in which case it is kept for approval, audited, and must not take effect now.
     */
    boolean held(long caseId, Viewer viewer, String kind, BigDecimal amount, PlanFrequency frequency, LocalDate first,
                 String reason, BigDecimal arrears) {
        if (viewer != Viewer.CASEWORKER || approving.get() || arrears.compareTo(limit) <= 0) {
            return false;
        }
        Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_plan_request WHERE case_id = ? AND status = 'PENDING'",
                Integer.class, caseId);
        if (waiting != null && waiting > 0) {
            throw new UserFacingException("ledger.error.planAwaitingApproval");
        }
        Long me = parties.actorId();
        if (me == null) {
            return false;
        }
        long id = store.nextId();
        jdbc.update("INSERT INTO ledger_plan_request (id, case_id, kind, amount_per_instalment, frequency, first_date, arrears, "
                + "reason, status, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)",
                id, caseId, kind, amount, frequency.name(), first, arrears, reason, me, LedgerStore.utc(clock.instant()));
        audit.record("LEDGER_ARREARS_PLAN_AWAITING_APPROVAL", "case", Long.toString(caseId), "plan request " + id + ": "
                + kind + " " + amount + " " + frequency + " from " + first + " covering " + arrears
                + (reason == null ? "" : ": " + reason));
        return true;
    }

    /** Runs the approved plan through the usual rules without holding it again. */
    <T> T approving(Supplier<T> work) {
        approving.set(true);
        try {
            return work.get();
        } finally {
            approving.remove();
        }
    }

    List<PlanRequest> pending() {
        return jdbc.query(SELECT + "WHERE status = 'PENDING' ORDER BY requested_at, id", PlanHolds::row);
    }

    Optional<PlanRequest> pending(long id) {
        return jdbc.query(SELECT + "WHERE status = 'PENDING' AND id = ?", PlanHolds::row, id).stream().findFirst();
    }

    /** Marks a waiting request decided; false when it was no longer waiting (someone else decided first). */
    boolean decide(long id, String status, long decidedBy) {
        return jdbc.update("UPDATE ledger_plan_request SET status = ?, decided_by = ?, decided_at = ? "
                + "WHERE id = ? AND status = 'PENDING'", status, decidedBy, LedgerStore.utc(clock.instant()), id) == 1;
    }

    private static final String SELECT = "SELECT id, case_id, kind, amount_per_instalment, frequency, first_date, arrears, "
            + "reason, requested_by, requested_at FROM ledger_plan_request ";

    private static PlanRequest row(ResultSet rs, int n) throws SQLException {
        return new PlanRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                PlanFrequency.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7),
                rs.getString(8), rs.getLong(9), rs.getObject(10, LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
}
