package org.childmaintenance.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit trail's hash chain (see {@link AuditChain}): every chained entry's hash must match
 * its content and the previous entry's hash, and the chain head must point at the last entry. A break
 * names the first entry that was changed, removed or inserted. Runs every night and logs an error.
 */
@Service
public class AuditChainCheck {
    private static final Logger LOG = LoggerFactory.getLogger(AuditChainCheck.class);
    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;

    AuditChainCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome: how many entries were checked and, if the chain is broken, where and how. */
    public record Result(long checked, @Nullable Long brokenEntryId, @Nullable String problem) {
        public boolean intact() {
            return brokenEntryId == null && problem == null;
        }
    }

    /** For caseworkers (and the nightly job): checks the whole chain. */
    @PreAuthorize("hasRole('CASEWORKER')")
    @Transactional(readOnly = true)
    public Result check() {
        return verify();
    }

    @Scheduled(cron = "${portal.audit.chain-check-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "auditChainCheck")
    @Transactional(readOnly = true)
    public void nightly() {
        Result result = verify();
        if (result.intact()) {
            LOG.info("Audit chain intact: {} entries checked", result.checked());
        } else {
            LOG.error("AUDIT CHAIN BROKEN at entry {}: {} ({} entries checked)", result.brokenEntryId(),
                    result.problem(), result.checked());
        }
    }

    Result verify() {
        Long first = jdbc.queryForObject("select min(id) from audit_entry where entry_hash is not null", Long.class);
        Map<String, Object> head = jdbc.queryForMap("select last_id, last_hash from audit_chain_head where id = 1");
        if (first == null) {
            return head.get("last_id") == null ? new Result(0, null, null)
                    : new Result(0, ((Number) head.get("last_id")).longValue(), "the chain's entries are missing");
        }
        String previous = AuditChain.GENESIS;
        long lastId = first - 1;
        long checked = 0;
        while (true) {
            List<Row> rows = jdbc.query("select * from audit_entry where id > ? order by id limit " + PAGE,
                    AuditChainCheck::row, lastId);
            for (Row r : rows) {
                checked++;
                if (r.entryHash() == null || !previous.equals(r.prevHash())) {
                    return new Result(checked, r.id(), "the entry before it was changed or removed, or this entry was inserted");
                }
                if (!r.entryHash().equals(r.computed())) {
                    return new Result(checked, r.id(), "its content was changed");
                }
                previous = r.entryHash();
                lastId = r.id();
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        Number headId = (Number) head.get("last_id");
        if (headId == null || headId.longValue() != lastId || !previous.equals(head.get("last_hash"))) {
            return new Result(checked, headId == null ? lastId : headId.longValue(),
                    "entries at the end of the trail were removed or the chain head was changed");
        }
        return new Result(checked, null, null);
    }

    private record Row(long id, @Nullable String prevHash, @Nullable String entryHash, String computed) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String prev = rs.getString("prev_hash");
        LocalDateTime at = rs.getObject("occurred_at", LocalDateTime.class);
        String computed = AuditChain.hash(prev == null ? "" : prev, at.toInstant(ZoneOffset.UTC),
                (Long) rs.getObject("actor_account_id", Long.class), rs.getString("actor_label"),
                rs.getObject("on_behalf_of_id", Long.class), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("detail"), rs.getString("source_address"));
        return new Row(rs.getLong("id"), prev, rs.getString("entry_hash"), computed);
    }
}
