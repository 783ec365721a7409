package org.childmaintenance.notices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childmaintenance.cases.CaseNews;
import org.childmaintenance.cases.CasesRecalculated;
import org.childmaintenance.cases.ScheduleChanged;
import org.childmaintenance.ledger.LedgerEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns other features' events into notices: a decision or new calculation (the schedule it
 * sets, which names both parents), other case news, a payment received and passed on, a missed payment.
 * Who is on a case is remembered from the schedule events (the ledger's events name only the case).
 */
@Component
class CaseEventNotices {
    private final Notify notify;
    private final JdbcTemplate jdbc;

    CaseEventNotices(Notify notify, JdbcTemplate jdbc) {
        this.notify = notify;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ScheduleChanged event) {
        remember(event.caseId(), event.payingAccountId(), "PAYING");
        remember(event.caseId(), event.receivingAccountId(), "RECEIVING");
        for (Long account : List.of(event.payingAccountId(), event.receivingAccountId()).stream()
                .filter(a -> a != null).toList()) {
            notify.send(account, NotificationKind.DECISION, "notification.msg.decision", "my-case");
        }
    }

    /**
     * A mass recalculation's chunk, in its transaction: who is on each case is remembered as for a
     * {@link ScheduleChanged}, and each person named is told once for the chunk (the same notice as for one decision,
     * not one per case).
     */
    @EventListener
    void on(CasesRecalculated event) {
        Set<Long> told = new LinkedHashSet<>();
        List<Object[]> both = new ArrayList<>();
        for (CasesRecalculated.CaseSchedule c : event.cases()) {
            if (c.payingAccountId() != null && c.receivingAccountId() != null
                    && !c.payingAccountId().equals(c.receivingAccountId())) {
                both.add(new Object[] {c.caseId(), c.payingAccountId(), "PAYING"});
                both.add(new Object[] {c.caseId(), c.receivingAccountId(), "RECEIVING"});
            } else {
                remember(c.caseId(), c.payingAccountId(), "PAYING");
                remember(c.caseId(), c.receivingAccountId(), "RECEIVING");
            }
            if (c.payingAccountId() != null) {
                told.add(c.payingAccountId());
            }
            if (c.receivingAccountId() != null) {
                told.add(c.receivingAccountId());
            }
        }
        // both parties known: the case's rows are exactly these two (what remember() leaves, one by one)
        jdbc.batchUpdate("DELETE FROM notification_case_party WHERE case_id = ?", both.stream()
                .filter(r -> "PAYING".equals(r[2])).map(r -> new Object[] {r[0]}).toList());
        jdbc.batchUpdate("INSERT INTO notification_case_party (case_id, account_id, role) VALUES (?, ?, ?)", both);
        told.forEach(account -> notify.send(account, NotificationKind.DECISION, "notification.msg.decision", "my-case"));
    }

    /** Other news on a case (linked, closed, service type changed, ...): one notice to each person named. */
    @ApplicationModuleListener
    void on(CaseNews event) {
        event.accountIds().forEach(account ->
                notify.send(account, NotificationKind.DECISION, "notification.msg.caseNews", "my-case"));
    }

    @ApplicationModuleListener
    void on(LedgerEvents.PaymentPosted event) {
        party(event.caseId(), "PAYING").forEach(a ->
                notify.send(a, NotificationKind.PAYMENT_RECEIVED, "notification.msg.paymentReceived", "payments"));
        party(event.caseId(), "RECEIVING").forEach(a ->
                notify.send(a, NotificationKind.PAYMENT_PASSED_ON, "notification.msg.paymentPassedOn", "payments"));
    }

    /** Collect &amp; Pay: an instalment was not paid in full; both parents are told. */
    @ApplicationModuleListener
    void on(LedgerEvents.CollectionMissed event) {
        party(event.caseId(), "PAYING").forEach(a ->
                notify.send(a, NotificationKind.PAYMENT_MISSED, "notification.msg.collectionMissed", "payments"));
        party(event.caseId(), "RECEIVING").forEach(a ->
                notify.send(a, NotificationKind.PAYMENT_MISSED, "notification.msg.collectionMissed", "payments"));
    }

    /**
     * The nightly run's missed instalments, a chunk at a time: both parents' notices are written in one batch and
     * their e-mails queued in batches ({@link Notify#sendAll}), in this listener's one transaction.
     */
    @ApplicationModuleListener
    void on(LedgerEvents.CollectionsMissed event) {
        Map<Long, List<Long>> paying = new HashMap<>();
        Map<Long, List<Long>> receiving = new HashMap<>();
        List<Object> caseIds = event.instalments().stream().map(LedgerEvents.CollectionMissed::caseId).distinct()
                .map(Object.class::cast).toList();
        for (int i = 0; i < caseIds.size(); i += 1000) {
            List<Object> part = caseIds.subList(i, Math.min(caseIds.size(), i + 1000));
            jdbc.query("SELECT case_id, account_id, role FROM notification_case_party WHERE case_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")", rs -> {
                        ("PAYING".equals(rs.getString(3)) ? paying : receiving)
                                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }, part.toArray());
        }
        List<Long> recipients = new ArrayList<>();
        for (LedgerEvents.CollectionMissed m : event.instalments()) {
            recipients.addAll(paying.getOrDefault(m.caseId(), List.of()));
            recipients.addAll(receiving.getOrDefault(m.caseId(), List.of()));
        }
        notify.sendAll(recipients, NotificationKind.PAYMENT_MISSED, "notification.msg.collectionMissed", "payments");
    }

    @ApplicationModuleListener
    void on(LedgerEvents.MissedPaymentReported event) {
        party(event.caseId(), "PAYING").forEach(a ->
                notify.send(a, NotificationKind.PAYMENT_MISSED, "notification.msg.paymentMissed", "payments"));
    }

    /** LC-12.3: the paying parent's arrears plan was changed. */
    @ApplicationModuleListener
    void on(LedgerEvents.ArrearsPlanChanged event) {
        party(event.caseId(), "PAYING").forEach(a ->
                notify.send(a, NotificationKind.PAYMENT_MISSED, "notification.msg.planChanged", "payments"));
    }

    private void remember(long caseId, Long accountId, String role) {
        if (accountId == null) {
            return;
        }
        jdbc.update("DELETE FROM notification_case_party WHERE case_id = ? AND role = ?", caseId, role);
        jdbc.update("DELETE FROM notification_case_party WHERE case_id = ? AND account_id = ?", caseId, accountId);
        jdbc.update("INSERT INTO notification_case_party (case_id, account_id, role) VALUES (?, ?, ?)",
                caseId, accountId, role);
    }

    private List<Long> party(long caseId, String role) {
        return jdbc.queryForList("SELECT account_id FROM notification_case_party WHERE case_id = ? AND role = ?",
                Long.class, caseId, role);
    }
}
