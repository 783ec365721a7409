package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Payment schedules from a weekly amount (calculation.md step 11; Collection Regs 1992 reg 4).
 * A reference period runs from its start to the review date a year later and is split into 52
 * weekly, 13 four-weekly or 12 monthly instalments (the last period absorbs the day or two a year
 * has beyond 52 weeks). Monthly = round2(W × 52 / 12); under a full monthly schedule the last
 * instalment settles the pennies so the year totals 52 × W. Part periods, when a decision takes
 * effect mid-period, are worked out by the day (W ÷ 7 a day). Each instalment is due on the first
 * day of the period it pays for. Plain Java.
 */
final class ScheduleBuilder {
    private static final BigDecimal FIFTY_TWO = BigDecimal.valueOf(52);

    /** An instalment to be: the days it pays for [start, end), its due date and amount. */
    record Period(LocalDate start, LocalDate end, LocalDate due, BigDecimal amount) {
    }

    private ScheduleBuilder() {
    }

    /** The period boundaries of a reference period. */
    static List<LocalDate[]> periods(LocalDate periodStart, LocalDate reviewDate, PaymentFrequency frequency) {
        int n = frequency.perYear();
        List<LocalDate[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate start = startOf(periodStart, frequency, i);
            LocalDate end = i == n - 1 ? reviewDate : startOf(periodStart, frequency, i + 1);
            out.add(new LocalDate[] {start, end});
        }
        return out;
    }

    private static LocalDate startOf(LocalDate periodStart, PaymentFrequency frequency, int i) {
        return switch (frequency) {
            case WEEKLY -> periodStart.plusWeeks(i);
            case FOUR_WEEKLY -> periodStart.plusWeeks(4L * i);
            case MONTHLY -> periodStart.plusMonths(i);
        };
    }

    /** The usual instalment for a weekly amount. */
    static BigDecimal instalment(BigDecimal weekly, PaymentFrequency frequency) {
        return switch (frequency) {
            case WEEKLY -> weekly.setScale(2, RoundingMode.HALF_UP);
            case FOUR_WEEKLY -> weekly.multiply(BigDecimal.valueOf(4)).setScale(2, RoundingMode.HALF_UP);
            case MONTHLY -> weekly.multiply(FIFTY_TWO).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        };
    }

    /** The amount for part of a period, by the day. */
    static BigDecimal byDays(BigDecimal weekly, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return weekly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
    }

    /** Instalments for {@code weekly} in force from {@code from} until the review date. */
    static List<Period> build(LocalDate periodStart, LocalDate reviewDate, PaymentFrequency frequency,
                              BigDecimal weekly, LocalDate from) {
        LocalDate effective = from.isBefore(periodStart) ? periodStart : from;
        List<Period> out = new ArrayList<>();
        BigDecimal full = instalment(weekly, frequency);
        for (LocalDate[] p : periods(periodStart, reviewDate, frequency)) {
            if (!p[1].isAfter(effective)) {
                continue;
            }
            if (!p[0].isBefore(effective)) {
                out.add(new Period(p[0], p[1], p[0], full));
            } else {
                out.add(new Period(effective, p[1], effective, byDays(weekly, effective, p[1])));
            }
        }
        if (frequency == PaymentFrequency.MONTHLY && !effective.isAfter(periodStart) && !out.isEmpty()) {
            BigDecimal year = weekly.multiply(FIFTY_TWO).setScale(2, RoundingMode.HALF_UP);
            BigDecimal others = full.multiply(BigDecimal.valueOf(out.size() - 1L));
            Period last = out.removeLast();
            out.add(new Period(last.start(), last.end(), last.due(), year.subtract(others)));
        }
        return out;
    }

    /** What is left of an instalment that a decision from {@code from} cuts short: its days before then. */
    static Period truncate(LocalDate start, LocalDate due, BigDecimal oldWeekly, LocalDate from) {
        return new Period(start, from, due, byDays(oldWeekly, start, from));
    }
}
