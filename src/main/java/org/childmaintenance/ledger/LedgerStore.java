package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childmaintenance.cases.ServiceType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger's tables, in plain JDBC: inserts are batched (ids from a sequence in blocks, so the
 * MariaDB driver sends each batch as one bulk statement). There is no code here that updates or
 * deletes a transaction or an entry.
 */
@Component
class LedgerStore {
    static final int ID_BLOCK = 1000;
    static final int BATCH = 1000;
    private final JdbcTemplate jdbc;
    private long nextId;
    private long blockEnd;

    LedgerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new id from the current block; a new block from the sequence when it runs out. */
    synchronized long nextId() {
        if (nextId >= blockEnd) {
            Long base = jdbc.queryForObject("SELECT NEXT VALUE FOR ledger_id_seq", Long.class);
            nextId = base;
            blockEnd = base + ID_BLOCK;
        }
        return nextId++;
    }

    record CaseRecord(long caseId, String reference, ServiceType serviceType, long payingAccountId,
                      long receivingAccountId, long version) {
        boolean isParty(long accountId) {
            return accountId == payingAccountId || accountId == receivingAccountId;
        }
    }

    record Obligation(long id, long caseId, String kind, LocalDate dueDate, BigDecimal amount, String status,
                      ServiceType postedAs) {
    }

    /** A transaction as stored, with its entries. */
    record StoredTx(long id, long caseId, TxType type, LocalDate effectiveDate, Instant recordedAt,
                    String externalReference, Long obligationId, Long relatedId, String description,
                    List<Posting.Entry> entries) {
        BigDecimal on(LedgerAccount account) {
            return entries.stream().filter(e -> e.account() == account).map(Posting.Entry::amount)
                    .reduce(Money.ZERO, BigDecimal::add);
        }
    }

    /** A posting for one case, ready to be written. */
    record NewTx(long caseId, Posting posting, Long recordedBy) {
    }

    // --- cases ---------------------------------------------------------------------------------

    Optional<CaseRecord> findCase(long caseId) {
        return jdbc.query("SELECT case_id, case_reference, service_type, paying_account_id, receiving_account_id, version "
                + "FROM ledger_case WHERE case_id = ?", LedgerStore::caseRow, caseId).stream().findFirst();
    }

    Optional<CaseRecord> findCaseByReference(String reference) {
        return jdbc.query("SELECT case_id, case_reference, service_type, paying_account_id, receiving_account_id, version "
                + "FROM ledger_case WHERE case_reference = ?", LedgerStore::caseRow, reference).stream().findFirst();
    }

    Map<String, CaseRecord> findCasesByReference(Collection<String> references) {
        Map<String, CaseRecord> found = new LinkedHashMap<>();
        List<String> refs = List.copyOf(references);
        for (int i = 0; i < refs.size(); i += 500) {
            List<String> part = refs.subList(i, Math.min(refs.size(), i + 500));
            jdbc.query("SELECT case_id, case_reference, service_type, paying_account_id, receiving_account_id, version "
                    + "FROM ledger_case WHERE case_reference IN (" + marks(part.size()) + ")",
                    LedgerStore::caseRow, part.toArray()).forEach(c -> found.put(c.reference(), c));
        }
        return found;
    }

    List<CaseRecord> casesOfAccount(long accountId) {
        return jdbc.query("SELECT case_id, case_reference, service_type, paying_account_id, receiving_account_id, version "
                + "FROM ledger_case WHERE paying_account_id = ? OR receiving_account_id = ? ORDER BY case_reference",
                LedgerStore::caseRow, accountId, accountId);
    }

    void insertCase(ScheduleSnapshot s, Instant now) {
        jdbc.update("INSERT INTO ledger_case (case_id, case_reference, service_type, paying_account_id, "
                + "receiving_account_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)", s.caseId(),
                s.caseReference(), s.serviceType().name(), s.payingAccountId(), s.receivingAccountId(), utc(now));
    }

    /** Takes the case's turn: true if nobody else posted to it since {@code expectedVersion} was read. */
    boolean claimVersion(long caseId, long expectedVersion) {
        return jdbc.update("UPDATE ledger_case SET version = version + 1 WHERE case_id = ? AND version = ?",
                caseId, expectedVersion) == 1;
    }

    void updateParties(long caseId, String reference, long payingAccountId, long receivingAccountId) {
        jdbc.update("UPDATE ledger_case SET case_reference = ?, paying_account_id = ?, receiving_account_id = ? "
                + "WHERE case_id = ?", reference, payingAccountId, receivingAccountId, caseId);
    }

    void recordServiceType(long caseId, ServiceType type, LocalDate effective, String reason, Long by, Instant now) {
        jdbc.update("UPDATE ledger_case SET service_type = ? WHERE case_id = ?", type.name(), caseId);
        jdbc.update("INSERT INTO ledger_service_change (id, case_id, service_type, effective_date, reason, recorded_at, "
                + "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", nextId(), caseId, type.name(), effective, reason,
                utc(now), by);
    }

    // --- schedule ------------------------------------------------------------------------------

    List<Obligation> obligations(long caseId) {
        return jdbc.query("SELECT id, case_id, kind, due_date, amount, status, service_type FROM ledger_obligation "
                + "WHERE case_id = ? AND live = 1 ORDER BY due_date, kind", LedgerStore::obligationRow, caseId);
    }

    Optional<Obligation> obligation(long caseId, long obligationId) {
        return jdbc.query("SELECT id, case_id, kind, due_date, amount, status, service_type FROM ledger_obligation "
                + "WHERE case_id = ? AND id = ? AND live = 1", LedgerStore::obligationRow, caseId, obligationId)
                .stream().findFirst();
    }

    void supersede(List<Long> obligationIds) {
        jdbc.batchUpdate("UPDATE ledger_obligation SET status = 'SUPERSEDED', live = NULL WHERE id = ? AND status = 'SCHEDULED'",
                obligationIds, BATCH, (ps, id) -> ps.setLong(1, id));
    }

    /** Lines already posted that a closure ended (their postings are reversed): no longer on the schedule. */
    void endPosted(List<Long> obligationIds) {
        jdbc.batchUpdate("UPDATE ledger_obligation SET status = 'ENDED', live = NULL WHERE id = ? AND status = 'POSTED'",
                obligationIds, BATCH, (ps, id) -> ps.setLong(1, id));
    }

    void insertObligations(long caseId, String kind, List<ScheduleSnapshot.ScheduleLine> lines, Instant now) {
        jdbc.batchUpdate("INSERT INTO ledger_obligation (id, case_id, kind, due_date, amount, status, live, created_at) "
                + "VALUES (?, ?, ?, ?, ?, 'SCHEDULED', 1, ?)", lines, BATCH, (ps, line) -> {
                    ps.setLong(1, nextId());
                    ps.setLong(2, caseId);
                    ps.setString(3, kind);
                    ps.setObject(4, line.dueDate());
                    ps.setBigDecimal(5, line.amount());
                    ps.setObject(6, utc(now));
                });
    }

    // --- transactions --------------------------------------------------------------------------

    /** Writes the postings in batches: one transaction row each plus its entries. Returns the ids. */
    List<Long> insert(List<NewTx> txs, Instant now) {
        List<Long> ids = new ArrayList<>(txs.size());
        List<long[]> entryIds = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (NewTx tx : txs) {
            long id = nextId();
            ids.add(id);
            for (Posting.Entry e : tx.posting().entries()) {
                entries.add(new Object[] {nextId(), id, tx.caseId(), e.account().name(), e.amount()});
            }
        }
        LocalDateTime at = utc(now);
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < txs.size(); i++) {
            index.add(i);
        }
        jdbc.batchUpdate("INSERT INTO ledger_transaction (id, case_id, type, effective_date, recorded_at, idempotency_key, "
                + "external_reference, obligation_id, related_transaction_id, description, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", index, BATCH, (ps, i) -> {
                    NewTx tx = txs.get(i);
                    Posting p = tx.posting();
                    ps.setLong(1, ids.get(i));
                    ps.setLong(2, tx.caseId());
                    ps.setString(3, p.type().name());
                    ps.setObject(4, p.effectiveDate());
                    ps.setObject(5, at);
                    ps.setString(6, p.idempotencyKey());
                    ps.setString(7, p.externalReference());
                    ps.setObject(8, p.obligationId(), java.sql.Types.BIGINT);
                    ps.setObject(9, p.relatedTransactionId(), java.sql.Types.BIGINT);
                    ps.setString(10, p.description());
                    ps.setObject(11, tx.recordedBy(), java.sql.Types.BIGINT);
                });
        jdbc.batchUpdate("INSERT INTO ledger_entry (id, transaction_id, case_id, account, amount) VALUES (?, ?, ?, ?, ?)",
                entries, BATCH, (ps, e) -> {
                    ps.setLong(1, (Long) e[0]);
                    ps.setLong(2, (Long) e[1]);
                    ps.setLong(3, (Long) e[2]);
                    ps.setString(4, (String) e[3]);
                    ps.setBigDecimal(5, (BigDecimal) e[4]);
                });
        return ids;
    }

    Optional<Long> transactionIdByKey(String key) {
        return jdbc.queryForList("SELECT id FROM ledger_transaction WHERE idempotency_key = ?", Long.class, key)
                .stream().findFirst();
    }

    Balances balances(long caseId) {
        Map<LedgerAccount, BigDecimal> map = new EnumMap<>(LedgerAccount.class);
        jdbc.query("SELECT account, SUM(amount) FROM ledger_entry WHERE case_id = ? GROUP BY account", rs -> {
            map.put(LedgerAccount.valueOf(rs.getString(1)), rs.getBigDecimal(2));
        }, caseId);
        return new Balances(map);
    }

    List<StoredTx> transactions(long caseId) {
        Map<Long, StoredTx> byId = new LinkedHashMap<>();
        jdbc.query("SELECT t.id, t.type, t.effective_date, t.recorded_at, t.external_reference, t.obligation_id, "
                + "t.related_transaction_id, t.description, e.account, e.amount FROM ledger_transaction t "
                + "JOIN ledger_entry e ON e.transaction_id = t.id WHERE t.case_id = ? ORDER BY t.effective_date, t.id, e.id",
                rs -> {
                    long id = rs.getLong(1);
                    StoredTx tx = byId.get(id);
                    if (tx == null) {
                        tx = new StoredTx(id, caseId, TxType.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(5),
                                nullableLong(rs, 6), nullableLong(rs, 7), rs.getString(8), new ArrayList<>());
                        byId.put(id, tx);
                    }
                    tx.entries().add(new Posting.Entry(LedgerAccount.valueOf(rs.getString(9)), rs.getBigDecimal(10)));
                }, caseId);
        return List.copyOf(byId.values());
    }

    void queuePassOn(long paymentTxId, long caseId, BigDecimal amount, LocalDate clearsOn) {
        jdbc.update("INSERT INTO ledger_pending_pass_on (payment_transaction_id, case_id, amount, clears_on) "
                + "VALUES (?, ?, ?, ?)", paymentTxId, caseId, amount, clearsOn);
    }

    void unqueuePassOn(long paymentTxId) {
        jdbc.update("DELETE FROM ledger_pending_pass_on WHERE payment_transaction_id = ?", paymentTxId);
    }

    // --- missed payments and notices -----------------------------------------------------------

    record MissedReport(long id, long caseId, String caseReference, long obligationId, LocalDate dueDate,
                        BigDecimal amount, Instant reportedAt, String note, ServiceType serviceType) {
    }

    void insertMissedReport(long caseId, long obligationId, long reportedBy, String note, Instant now) {
        jdbc.update("INSERT INTO ledger_missed_report (id, case_id, obligation_id, reported_by, reported_at, note) "
                + "VALUES (?, ?, ?, ?, ?, ?)", nextId(), caseId, obligationId, reportedBy, utc(now), note);
    }

    List<MissedReport> missedReports(Long caseId, int limit) {
        String where = caseId == null ? "" : "WHERE r.case_id = ? ";
        Object[] args = caseId == null ? new Object[] {limit} : new Object[] {caseId, limit};
        return jdbc.query("SELECT r.id, r.case_id, c.case_reference, r.obligation_id, o.due_date, o.amount, r.reported_at, "
                + "r.note, c.service_type FROM ledger_missed_report r JOIN ledger_obligation o ON o.id = r.obligation_id "
                + "JOIN ledger_case c ON c.case_id = r.case_id " + where + "ORDER BY r.reported_at DESC LIMIT ?",
                (rs, n) -> new MissedReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
                        rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(8),
                        ServiceType.valueOf(rs.getString(9))), args);
    }

    record Notice(long id, long caseId, long obligationId, String kind, LocalDate dueDate, BigDecimal amount,
                  LocalDate raisedFor) {
    }

    List<Notice> notices(long caseId, long recipientAccountId) {
        return jdbc.query("SELECT id, case_id, obligation_id, kind, due_date, amount, raised_for FROM ledger_notice "
                + "WHERE case_id = ? AND recipient_account_id = ? ORDER BY raised_for DESC, id DESC",
                (rs, n) -> new Notice(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class)),
                caseId, recipientAccountId);
    }

    void insertArrearsPlan(long caseId, BigDecimal amount, LocalDate first, int instalments, BigDecimal arrears,
                           Long agreedBy, Instant now) {
        jdbc.update("INSERT INTO ledger_arrears_plan (id, case_id, amount_per_instalment, first_date, instalments, "
                + "arrears_at_start, agreed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", nextId(), caseId, amount,
                first, instalments, arrears, agreedBy, utc(now));
    }

    record PlanRecord(long id, BigDecimal amount, LocalDate first, int instalments, String frequency,
                      String changeReason, Instant createdAt, Instant endedAt) {
    }

    /** Every plan of the case, newest first; an ended plan has {@code endedAt}. */
    List<PlanRecord> arrearsPlans(long caseId) {
        return jdbc.query("SELECT id, amount_per_instalment, first_date, instalments, frequency, change_reason, created_at, "
                + "ended_at FROM ledger_arrears_plan WHERE case_id = ? ORDER BY created_at DESC, id DESC",
                (rs, n) -> new PlanRecord(rs.getLong(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4), rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8)), caseId);
    }

    void endArrearsPlans(long caseId, Long endedBy, Instant now) {
        jdbc.update("UPDATE ledger_arrears_plan SET ended_at = ?, ended_by = ? WHERE case_id = ? AND ended_at IS NULL",
                utc(now), endedBy, caseId);
    }

    void insertChangedPlan(long caseId, BigDecimal amount, LocalDate first, int instalments, BigDecimal arrears,
                           String frequency, String reason, Long agreedBy, Instant now) {
        jdbc.update("INSERT INTO ledger_arrears_plan (id, case_id, amount_per_instalment, first_date, instalments, "
                + "arrears_at_start, frequency, change_reason, agreed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                nextId(), caseId, amount, first, instalments, arrears, frequency, reason, agreedBy, utc(now));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    // --- helpers -------------------------------------------------------------------------------

    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static CaseRecord caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRecord(rs.getLong(1), rs.getString(2), ServiceType.valueOf(rs.getString(3)), rs.getLong(4),
                rs.getLong(5), rs.getLong(6));
    }

    private static Obligation obligationRow(ResultSet rs, int n) throws SQLException {
        String postedAs = rs.getString(7);
        return new Obligation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getBigDecimal(5), rs.getString(6), postedAs == null ? null : ServiceType.valueOf(postedAs));
    }
}
