package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.childmaintenance.ledger.LedgerStore.MissedReport;
import org.childmaintenance.ledger.LedgerStore.Notice;
import org.childmaintenance.ledger.LedgerStore.Obligation;
import org.childmaintenance.ledger.LedgerStore.StoredTx;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.ledger.LedgerViews.Fees;
import org.childmaintenance.ledger.LedgerViews.LineStatus;
import org.childmaintenance.ledger.LedgerViews.MonthBar;
import org.childmaintenance.ledger.LedgerViews.NoticeView;
import org.childmaintenance.ledger.LedgerViews.PassedOn;
import org.childmaintenance.ledger.LedgerViews.PlanRow;
import org.childmaintenance.ledger.LedgerViews.ScheduleRow;
import org.childmaintenance.ledger.LedgerViews.Statement;
import org.childmaintenance.ledger.LedgerViews.StatementLine;
import org.childmaintenance.ledger.LedgerViews.Viewer;

/** Turns a case's stored schedule and entries into what each party sees. Balances are derived here, never stored. */
final class LedgerReadModel {
    private static final int CHART_MONTHS = 12;

    private LedgerReadModel() {
    }

    /** Transactions that count: neither reversed nor reversals (a pair nets to nothing). */
    static List<StoredTx> effective(List<StoredTx> txs) {
        Set<Long> reversed = new HashSet<>();
        txs.stream().filter(t -> t.type() == TxType.REVERSAL).forEach(t -> reversed.add(t.relatedId()));
        return txs.stream().filter(t -> t.type() != TxType.REVERSAL && !reversed.contains(t.id())).toList();
    }

    static Arrears.Result arrears(List<Obligation> obligations, List<StoredTx> txs, List<MissedReport> reports,
                                  LocalDate today) {
        Map<Long, Obligation> byId = new HashMap<>();
        obligations.forEach(o -> byId.put(o.id(), o));
        Set<Long> reported = new HashSet<>();
        reports.forEach(r -> reported.add(r.obligationId()));
        List<Arrears.Debit> debits = new ArrayList<>();
        List<Arrears.Credit> credits = new ArrayList<>();
        for (StoredTx t : effective(txs)) {
            BigDecimal net = t.on(LedgerAccount.PP_MAINTENANCE);
            if (net.signum() > 0) {
                Obligation o = t.obligationId() == null ? null : byId.get(t.obligationId());
                boolean collect = o == null || o.postedAs() != ServiceType.DIRECT_PAY;
                debits.add(new Arrears.Debit(t.obligationId(), t.effectiveDate(), net, collect,
                        t.obligationId() != null && reported.contains(t.obligationId())));
            } else if (net.signum() < 0) {
                credits.add(new Arrears.Credit(t.effectiveDate(), net.negate(), t.obligationId()));
            }
        }
        return Arrears.allocate(debits, credits, today);
    }

    static CasePayments casePayments(CaseRecord c, Viewer viewer, List<Obligation> obligations, List<StoredTx> txs,
                                     List<MissedReport> reports, List<Notice> notices, LocalDate today) {
        Arrears.Result result = arrears(obligations, txs, reports, today);
        Map<Long, Arrears.Line> lineByObligation = new HashMap<>();
        result.lines().stream().filter(l -> l.obligationId() != null).forEach(l -> lineByObligation.put(l.obligationId(), l));
        Map<Long, BigDecimal> feeByObligation = new HashMap<>();
        effective(txs).stream().filter(t -> t.type() == TxType.MAINTENANCE_DUE)
                .forEach(t -> feeByObligation.put(t.obligationId(), t.on(LedgerAccount.PP_FEES)));
        boolean seesFees = viewer != Viewer.RECEIVING;
        List<ScheduleRow> rows = new ArrayList<>();
        List<PlanRow> plan = new ArrayList<>();
        for (Obligation o : obligations) {
            if (o.kind().equals(LedgerService.ARREARS_PLAN)) {
                plan.add(new PlanRow(o.dueDate(), o.amount()));
                continue;
            }
            Arrears.Line line = lineByObligation.get(o.id());
            BigDecimal fee = null;
            if (seesFees) {
                fee = feeByObligation.containsKey(o.id()) ? feeByObligation.get(o.id())
                        : o.status().equals("SCHEDULED") && c.serviceType() == ServiceType.COLLECT_AND_PAY
                        ? FeeRates.on(o.dueDate()).payingParentFee(o.amount()) : Money.ZERO;
            }
            if (line == null) {
                rows.add(new ScheduleRow(o.id(), o.dueDate(), o.amount(), fee, Money.ZERO, null, o.amount(),
                        LineStatus.SCHEDULED, 0, false));
                continue;
            }
            LineStatus status = switch (line.state()) {
                case PAID -> LineStatus.PAID;
                case DUE -> LineStatus.DUE;
                case ARREARS -> line.paid().signum() > 0 ? LineStatus.PART_PAID : LineStatus.MISSED;
                case REPORTED_MISSED -> LineStatus.REPORTED_MISSED;
                case NOT_CONFIRMED -> line.paid().signum() > 0 ? LineStatus.PART_PAID : LineStatus.NOT_CONFIRMED;
            };
            boolean canConfirm = viewer != Viewer.PAYING && c.serviceType() == ServiceType.DIRECT_PAY
                    && o.postedAs() == ServiceType.DIRECT_PAY && line.outstanding().signum() > 0;
            rows.add(new ScheduleRow(o.id(), o.dueDate(), o.amount(), fee, line.paid(), line.paidOn(),
                    line.outstanding(), status, line.daysOverdue(), canConfirm));
        }
        Fees fees = seesFees ? fees(txs) : null;
        PassedOn passedOn = viewer != Viewer.PAYING ? passedOn(txs) : null;
        List<NoticeView> noticeViews = notices.stream()
                .map(n -> new NoticeView(n.kind(), n.dueDate(), n.amount(), n.raisedFor(),
                        stillOwed(lineByObligation.get(n.obligationId()), n.amount())))
                .toList();
        List<LocalDate> reportedDates = reports.stream().map(MissedReport::dueDate).sorted().toList();
        return new CasePayments(c.caseId(), c.reference(), c.serviceType(), viewer, rows, plan, result.totalDue(),
                result.totalPaid(), result.arrears(), result.oldestArrearsDays(), result.advance(), fees, passedOn,
                months(txs, today), noticeViews, reportedDates, today,
                LedgerParties.mayAgreeArrearsPlan(viewer, result.arrears(), !plan.isEmpty()),
                LedgerParties.mayChangeArrearsPlan(viewer, !plan.isEmpty()));
    }

    /** What is unpaid of a noticed line today; a line no longer on the schedule (case closed) keeps the noticed amount. */
    private static BigDecimal stillOwed(Arrears.Line line, BigDecimal noticed) {
        return line == null ? noticed : Money.positive(line.outstanding());
    }

    private static Fees fees(List<StoredTx> txs) {
        BigDecimal feesCharged = Money.ZERO;
        BigDecimal chargesCharged = Money.ZERO;
        BigDecimal feesOutstanding = Money.ZERO;
        BigDecimal chargesOutstanding = Money.ZERO;
        for (StoredTx t : effective(txs)) {
            feesCharged = feesCharged.add(Money.positive(t.on(LedgerAccount.PP_FEES)));
            chargesCharged = chargesCharged.add(Money.positive(t.on(LedgerAccount.PP_CHARGES)));
        }
        for (StoredTx t : txs) {
            feesOutstanding = feesOutstanding.add(t.on(LedgerAccount.PP_FEES));
            chargesOutstanding = chargesOutstanding.add(t.on(LedgerAccount.PP_CHARGES));
        }
        return new Fees(feesCharged, feesOutstanding, chargesCharged, chargesOutstanding);
    }

    private static PassedOn passedOn(List<StoredTx> txs) {
        BigDecimal paid = Money.ZERO;
        BigDecimal fees = Money.ZERO;
        BigDecimal held = Money.ZERO;
        for (StoredTx t : txs) {
            if (t.type() == TxType.PASSED_ON) {
                paid = paid.subtract(t.on(LedgerAccount.CMS_BANK));
                fees = fees.subtract(t.on(LedgerAccount.FEE_INCOME));
            }
            held = held.subtract(t.on(LedgerAccount.HELD_FOR_RP));
        }
        return new PassedOn(paid, fees, held);
    }

    /** Maintenance due and paid per month, for the chart: the last twelve months up to this one. */
    static List<MonthBar> months(List<StoredTx> txs, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(CHART_MONTHS - 1);
        Map<YearMonth, BigDecimal[]> byMonth = new TreeMap<>();
        for (StoredTx t : effective(txs)) {
            YearMonth m = YearMonth.from(t.effectiveDate());
            if (m.isBefore(first) || m.isAfter(last)) {
                continue;
            }
            BigDecimal net = t.on(LedgerAccount.PP_MAINTENANCE);
            BigDecimal[] pair = byMonth.computeIfAbsent(m, k -> new BigDecimal[] {Money.ZERO, Money.ZERO});
            if (net.signum() > 0) {
                pair[0] = pair[0].add(net);
            } else {
                pair[1] = pair[1].add(net.negate());
            }
        }
        if (byMonth.isEmpty()) {
            return List.of();
        }
        List<MonthBar> bars = new ArrayList<>();
        for (YearMonth m = byMonth.keySet().iterator().next(); !m.isAfter(last); m = m.plusMonths(1)) {
            BigDecimal[] pair = byMonth.getOrDefault(m, new BigDecimal[] {Money.ZERO, Money.ZERO});
            bars.add(new MonthBar(m, pair[0], pair[1]));
        }
        return bars;
    }

    static Statement statement(CaseRecord c, Viewer viewer, List<StoredTx> txs, LocalDate from, LocalDate to) {
        boolean receiving = viewer == Viewer.RECEIVING;
        BigDecimal opening = Money.ZERO;
        List<StoredTx> inRange = new ArrayList<>();
        for (StoredTx t : txs) {
            if (t.effectiveDate().isBefore(from)) {
                opening = opening.add(delta(t, receiving));
            } else if (!t.effectiveDate().isAfter(to)) {
                inRange.add(t);
            }
        }
        inRange.sort(java.util.Comparator.comparing(StoredTx::effectiveDate).thenComparing(StoredTx::id));
        BigDecimal balance = opening;
        BigDecimal up = Money.ZERO;
        BigDecimal down = Money.ZERO;
        List<StatementLine> lines = new ArrayList<>();
        for (StoredTx t : inRange) {
            BigDecimal d = delta(t, receiving);
            if (d.signum() == 0) {
                continue;
            }
            balance = balance.add(d);
            BigDecimal increase = d.signum() > 0 ? d : Money.ZERO;
            BigDecimal decrease = d.signum() < 0 ? d.negate() : Money.ZERO;
            up = up.add(increase);
            down = down.add(decrease);
            BigDecimal fee = receiving && t.type() == TxType.PASSED_ON ? t.on(LedgerAccount.FEE_INCOME).negate() : Money.ZERO;
            lines.add(new StatementLine(t.effectiveDate(), t.type(), receiving ? null : t.externalReference(), increase,
                    decrease, fee, balance));
        }
        return new Statement(c.caseId(), c.reference(), viewer, from, to, opening, List.copyOf(lines), up, down, balance);
    }

    /**
     * How much a transaction changes the viewer's balance: what the paying parent owes, or what the receiving
     * parent is owed (old-scheme arrears moved in included: the statement is the whole account).
     */
    private static BigDecimal delta(StoredTx t, boolean receiving) {
        BigDecimal d = Money.ZERO;
        for (Posting.Entry e : t.entries()) {
            if (receiving && (e.account() == LedgerAccount.RP_ENTITLEMENT || e.account() == LedgerAccount.HELD_FOR_RP
                    || e.account() == LedgerAccount.LEGACY_RP_OWED)) {
                d = d.subtract(e.amount());
            } else if (!receiving && (e.account() == LedgerAccount.PP_MAINTENANCE || e.account() == LedgerAccount.PP_FEES
                    || e.account() == LedgerAccount.PP_CHARGES || e.account() == LedgerAccount.LEGACY_PP_ARREARS)) {
                d = d.add(e.amount());
            }
        }
        return d;
    }
}
