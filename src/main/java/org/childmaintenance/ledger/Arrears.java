package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Arrears by schedule line (LC-12.1): amounts paid are allocated to the line they name (a Direct Pay
 * confirmation) or else to the oldest line still owing (first in, first out). A line is in arrears
 * when it is past its due date and not fully paid, and the service knows it was missed: always under
 * Collect & Pay; under Direct Pay only once the receiving parent has reported it (LC-12.1).
 * Plain Java, derived from ledger entries each time.
 */
public final class Arrears {
    private Arrears() {
    }

    /** Something owed: a posted schedule line or an upward adjustment ({@code obligationId} null). */
    public record Debit(Long obligationId, LocalDate dueDate, BigDecimal amount, boolean collectAndPay,
                        boolean reportedMissed) {
    }

    /** Something that reduces what is owed: a payment, a confirmation, a downward adjustment or a write-off. */
    public record Credit(LocalDate date, BigDecimal amount, Long obligationId) {
    }

    public enum State { PAID, DUE, ARREARS, REPORTED_MISSED, NOT_CONFIRMED }

    public record Line(Long obligationId, LocalDate dueDate, BigDecimal amount, BigDecimal paid, LocalDate paidOn,
                       BigDecimal outstanding, State state, long daysOverdue) {
        public boolean inArrears() {
            return state == State.ARREARS || state == State.REPORTED_MISSED;
        }
    }

    /** Lines in due order, with totals. {@code advance} is what was paid beyond everything owed. */
    public record Result(List<Line> lines, BigDecimal totalDue, BigDecimal totalPaid, BigDecimal arrears,
                         long oldestArrearsDays, BigDecimal advance) {
    }

    public static Result allocate(List<Debit> debits, List<Credit> credits, LocalDate today) {
        List<Debit> ordered = debits.stream()
                .sorted(Comparator.comparing(Debit::dueDate)).toList();
        BigDecimal[] paid = new BigDecimal[ordered.size()];
        LocalDate[] paidOn = new LocalDate[ordered.size()];
        java.util.Arrays.fill(paid, Money.ZERO);
        BigDecimal advance = Money.ZERO;
        List<Credit> sortedCredits = credits.stream().sorted(Comparator.comparing(Credit::date)).toList();
        List<Credit> untargeted = new ArrayList<>();
        for (Credit c : sortedCredits) {
            BigDecimal left = c.amount();
            if (c.obligationId() != null) {
                for (int i = 0; i < ordered.size(); i++) {
                    if (c.obligationId().equals(ordered.get(i).obligationId())) {
                        left = apply(ordered, i, left, c.date(), paid, paidOn);
                    }
                }
            }
            if (left.signum() > 0) {
                untargeted.add(new Credit(c.date(), left, null));
            }
        }
        for (Credit c : untargeted) {
            BigDecimal left = c.amount();
            for (int i = 0; i < ordered.size() && left.signum() > 0; i++) {
                left = apply(ordered, i, left, c.date(), paid, paidOn);
            }
            advance = advance.add(left);
        }
        List<Line> lines = new ArrayList<>();
        BigDecimal totalDue = Money.ZERO;
        BigDecimal totalPaid = Money.ZERO;
        BigDecimal arrears = Money.ZERO;
        long oldest = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Debit d = ordered.get(i);
            BigDecimal p = paid[i];
            BigDecimal outstanding = d.amount().subtract(p);
            long overdue = d.dueDate().isBefore(today) && outstanding.signum() > 0
                    ? ChronoUnit.DAYS.between(d.dueDate(), today) : 0;
            State state;
            if (outstanding.signum() <= 0) {
                state = State.PAID;
            } else if (!d.dueDate().isBefore(today)) {
                state = State.DUE;
            } else if (d.collectAndPay()) {
                state = State.ARREARS;
            } else if (d.reportedMissed()) {
                state = State.REPORTED_MISSED;
            } else {
                state = State.NOT_CONFIRMED;
            }
            Line line = new Line(d.obligationId(), d.dueDate(), d.amount(), p,
                    outstanding.signum() <= 0 ? paidOn[i] : null, outstanding, state, overdue);
            lines.add(line);
            totalDue = totalDue.add(d.amount());
            totalPaid = totalPaid.add(p);
            if (line.inArrears()) {
                arrears = arrears.add(outstanding);
                oldest = Math.max(oldest, overdue);
            }
        }
        return new Result(List.copyOf(lines), totalDue, totalPaid, arrears, oldest, advance);
    }

    private static BigDecimal apply(List<Debit> debits, int i, BigDecimal available, LocalDate date, BigDecimal[] paid,
                                    LocalDate[] paidOn) {
        BigDecimal owing = debits.get(i).amount().subtract(paid[i]);
        if (owing.signum() <= 0 || available.signum() <= 0) {
            return available;
        }
        BigDecimal used = Money.min(owing, available);
        paid[i] = paid[i].add(used);
        if (used.compareTo(owing) == 0) {
            paidOn[i] = date;
        }
        return available.subtract(used);
    }
}
