package org.childmaintenance.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * The arithmetic of a deduction from earnings order (LC-13.2–13.4), with no Spring in it: normal
 * deduction rates per pay frequency, protected earnings (60 % of net), the optional £1 admin charge,
 * the first day deductions are due and the remittance due date (19th of the following month).
 */
public final class DeductionRules {
    public static final BigDecimal PROTECTED_PROPORTION = new BigDecimal("0.60");
    public static final BigDecimal ADMIN_CHARGE = new BigDecimal("1.00");
    public static final int DAYS_BEFORE_LIABLE = 7;
    public static final int LEAVER_REPORT_DAYS = 10;
    public static final int REMITTANCE_DAY = 19;

    private DeductionRules() {
    }

    public static BigDecimal pennies(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Normal deduction rates for every pay frequency from the weekly maintenance amount and an
     * arrears element per month: the yearly total divided by the pay days in a year, to the penny.
     */
    public static Map<PayFrequency, BigDecimal> normalRates(BigDecimal weeklyMaintenance, BigDecimal monthlyArrears) {
        BigDecimal yearly = weeklyMaintenance.multiply(BigDecimal.valueOf(52))
                .add(monthlyArrears.multiply(BigDecimal.valueOf(12)));
        Map<PayFrequency, BigDecimal> rates = new EnumMap<>(PayFrequency.class);
        for (PayFrequency f : PayFrequency.values()) {
            rates.put(f, yearly.divide(BigDecimal.valueOf(f.perYear()), 2, RoundingMode.HALF_UP));
        }
        return rates;
    }

    /** Why less than the normal rate was deducted. */
    public enum ShortfallReason { PROTECTED_EARNINGS, EMPLOYER_REPORTED }

    /**
     * The working for one pay day. {@code protectedEarnings} = 60 % of net; {@code available} = net
     * minus that; {@code deduct} = the normal rate if it fits, else what fits; {@code adminCharge} is
     * kept apart (it never goes to the service) and may be taken even beyond protected earnings.
     */
    public record Working(BigDecimal netEarnings, BigDecimal normalRate, BigDecimal protectedEarnings,
                          BigDecimal available, BigDecimal deduct, BigDecimal shortfall, ShortfallReason reason,
                          BigDecimal adminCharge) {
        /** What leaves the employee's pay: the deduction plus any admin charge. */
        public BigDecimal totalFromPay() {
            return deduct.add(adminCharge);
        }
    }

    /** LC-13.4: deduct the normal rate if it fits within net − 60 % × net; otherwise what fits. */
    public static Working work(BigDecimal netEarnings, BigDecimal normalRate, boolean takeAdminCharge) {
        if (netEarnings.signum() < 0) {
            throw new IllegalArgumentException("Net earnings cannot be negative");
        }
        BigDecimal net = pennies(netEarnings);
        BigDecimal rate = pennies(normalRate);
        BigDecimal protectedEarnings = pennies(net.multiply(PROTECTED_PROPORTION));
        BigDecimal available = net.subtract(protectedEarnings);
        BigDecimal deduct = rate.min(available);
        BigDecimal shortfall = rate.subtract(deduct);
        BigDecimal admin = BigDecimal.ZERO.setScale(2);
        if (takeAdminCharge && deduct.signum() > 0) {
            // the £1 may breach protected earnings but never takes more than the employee has left
            admin = ADMIN_CHARGE.min(net.subtract(deduct));
        }
        return new Working(net, rate, protectedEarnings, available, deduct, shortfall,
                shortfall.signum() > 0 ? ShortfallReason.PROTECTED_EARNINGS : null, admin);
    }

    /** LC-13.3: the employer is liable from 7 days after the order was served, and not before it takes effect. */
    public static LocalDate firstDeductionDay(LocalDate servedOn, LocalDate effectiveDate) {
        LocalDate liable = servedOn.plusDays(DAYS_BEFORE_LIABLE);
        return liable.isAfter(effectiveDate) ? liable : effectiveDate;
    }

    /** LC-13.2: payment must arrive by the 19th of the month after the month of deduction. */
    public static LocalDate remittanceDue(YearMonth monthOfDeduction) {
        return monthOfDeduction.plusMonths(1).atDay(REMITTANCE_DAY);
    }

    /** LC-13.2: leavers are reported within 10 days of leaving. */
    public static LocalDate leaverReportDue(LocalDate dateLeft) {
        return dateLeft.plusDays(LEAVER_REPORT_DAYS);
    }
}
