package org.childmaintenance.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.List;
import org.childmaintenance.base.PortalPrincipal;
import org.childmaintenance.base.RequestInfo;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. Every feature records its changes here; the actor and client
 * address are taken from the current request, so callers only say what happened.
 */
@Service
public class AuditService {
    private static final int MAX_DETAIL = 1000;
    private final AuditRepository repository;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditService(AuditRepository repository, JdbcTemplate jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the signed-in person (or the scheduled job running, or "anonymous"). Joins the caller's transaction. */
    @Transactional
    public void record(String action, String subjectType, String subjectId, String detail) {
        recordOnBehalf(action, null, subjectType, subjectId, detail);
    }

    /** One entry of {@link #recordAll}: the subject's id and what happened to it. */
    public record Item(String subjectId, String detail) {
    }

    /**
     * Records the same action on many subjects at once (a bulk job), as {@link #record} would one by one: the chain
     * head locked once, the entries in one batch, in the caller's transaction.
     */
    @Transactional
    public void recordAll(String action, String subjectType, List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        PortalPrincipal principal = currentPrincipal();
        Long actorId = principal == null ? null : principal.accountId();
        String label = principal == null ? (ScheduledJobActor.current() != null ? ScheduledJobActor.current() : "anonymous")
                : principal.email();
        String address = RequestInfo.clientAddress();
        Instant at = AuditChain.stored(clock.instant());
        String previous = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1 for update",
                String.class);
        List<Object[]> rows = new java.util.ArrayList<>(items.size());
        for (Item item : items) {
            String detail = item.detail() == null || item.detail().length() <= MAX_DETAIL ? item.detail()
                    : item.detail().substring(0, MAX_DETAIL);
            String hash = AuditChain.hash(previous, at, actorId, label, null, action, subjectType, item.subjectId(),
                    detail, address);
            rows.add(new Object[] {LocalDateTime.ofInstant(at, ZoneOffset.UTC), actorId, label, null, action, subjectType,
                    item.subjectId(), detail, address, previous, hash});
            previous = hash;
        }
        Object[] last = rows.removeLast();
        jdbc.batchUpdate(INSERT, rows, new int[] {Types.TIMESTAMP, Types.BIGINT, Types.VARCHAR, Types.BIGINT,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", insert(last), previous);
    }

    private static final String INSERT = "insert into audit_entry (occurred_at, actor_account_id, actor_label, on_behalf_of_id,"
            + " action, subject_type, subject_id, detail, source_address, prev_hash, entry_hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Inserts one entry (the columns of {@link #INSERT} in order); its id. */
    private long insert(Object[] row) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
            ps.setObject(1, row[0]);
            setLong(ps, 2, (Long) row[1]);
            for (int i = 2; i < row.length; i++) {
                if (i == 3) {
                    setLong(ps, 4, (Long) row[3]);
                } else {
                    ps.setString(i + 1, (String) row[i]);
                }
            }
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Records an action taken for someone else (a representative for a parent, a caseworker for a party). */
    @Transactional
    public void recordOnBehalf(String action, Long onBehalfOfId, String subjectType, String subjectId, String detail) {
        PortalPrincipal principal = currentPrincipal();
        Long actorId = principal == null ? null : principal.accountId();
        String label = principal == null ? (ScheduledJobActor.current() != null ? ScheduledJobActor.current() : "anonymous")
                : onBehalfOfId == null ? principal.email() : principal.fullName() + " (" + principal.email() + ")";
        save(actorId, label, onBehalfOfId, action, subjectType, subjectId, detail);
    }

    /**
     * Records an event about an account before anyone is signed in (sign-in, failed sign-in, lockout).
     * Runs in its own transaction so that it is kept even when the caller's work rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurityEvent(String action, Long accountId, String label, String detail) {
        save(accountId, label, null, action, "account", accountId == null ? null : accountId.toString(), detail);
    }

    /**
     * Records a failed authorisation ({@link AccessDenials}): who was refused what. Runs in its own transaction,
     * as the refused call's work is rolled back; {@code who} is null when nobody was signed in.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(PortalPrincipal who, String subjectType, String subjectId, String detail) {
        save(who == null ? null : who.accountId(), who == null ? "anonymous" : who.email(), null, "ACCESS_DENIED",
                subjectType, subjectId, detail);
    }

    /** The person's own recent activity: what they did and what was done for them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditRecord> myRecentActivity(int limit) {
        PortalPrincipal principal = currentPrincipal();
        if (principal == null) {
            return List.of();
        }
        return repository.findActivityOf(principal.accountId(), PageRequest.of(0, limit)).stream()
                .map(AuditEntry::toRecord).toList();
    }

    /** The trail of one subject (a case, an order), for the back office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<AuditRecord> trailOf(String subjectType, String subjectId, int limit) {
        return repository.findBySubject(subjectType, subjectId, PageRequest.of(0, limit)).stream()
                .map(AuditEntry::toRecord).toList();
    }

    /**
     * Whether the trail of one subject has an entry of {@code action} whose detail contains {@code words}: for a
     * start-up job asking whether a person has already acted on it (no one is signed in then). {@code words} is
     * plain text, without the wildcards {@code %} and {@code _}.
     */
    @Transactional(readOnly = true)
    public boolean hasEntry(String subjectType, String subjectId, String action, String words) {
        if (words.contains("%") || words.contains("_")) {
            throw new IllegalArgumentException("No wildcards in the words looked for: " + words);
        }
        return repository.countOf(subjectType, subjectId, action, "%" + words + "%") > 0;
    }

    /**
     * Appends one entry to the chain (see {@link AuditChain}): locks the chain head, inserts the entry
     * with the previous hash and its own, moves the head. All three statements run on one connection
     * in the caller's transaction, so the entry and the head are kept or lost together, and the head
     * lock (held to the end of the transaction) keeps concurrent appends in one line.
     */
    private void save(Long actorId, String label, Long onBehalfOfId, String action, String subjectType,
                      String subjectId, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        String address = RequestInfo.clientAddress();
        Instant at = AuditChain.stored(clock.instant());
        String previous = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1 for update",
                String.class);
        String hash = AuditChain.hash(previous, at, actorId, label, onBehalfOfId, action, subjectType, subjectId,
                trimmed, address);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into audit_entry (occurred_at, actor_account_id,"
                    + " actor_label, on_behalf_of_id, action, subject_type, subject_id, detail, source_address,"
                    + " prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            ps.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            setLong(ps, 2, actorId);
            ps.setString(3, label);
            setLong(ps, 4, onBehalfOfId);
            ps.setString(5, action);
            ps.setString(6, subjectType);
            ps.setString(7, subjectId);
            ps.setString(8, trimmed);
            ps.setString(9, address);
            ps.setString(10, previous);
            ps.setString(11, hash);
            return ps;
        }, key);
        jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1",
                Objects.requireNonNull(key.getKey()).longValue(), hash);
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static PortalPrincipal currentPrincipal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalPrincipal p) {
            return p;
        }
        return null;
    }
}
