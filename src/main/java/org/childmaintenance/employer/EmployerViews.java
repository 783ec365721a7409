package org.childmaintenance.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** What the employer feature shows people: read models already cut to what the viewer may see. */
public final class EmployerViews {
    private EmployerViews() {
    }

    /** An order as the employer sees it: only what the order itself contains (LC-13.7). */
    public record OrderSummary(long id, String employeeName, String payrollNumber, String caseReference,
                               LocalDate effectiveDate, LocalDate servedOn, LocalDate firstDeductionDay,
                               PayFrequency payFrequency, BigDecimal currentRate, Map<PayFrequency, BigDecimal> rates,
                               OrderStatus status, LocalDate endedOn, String organisationName, LocalDate markedLeftOn) {
        /** LC-13.2: when the leaver report is due, if the employer has told us the employee left (else null). */
        public LocalDate leaverReportDue() {
            return markedLeftOn == null || !status.inForce() ? null : DeductionRules.leaverReportDue(markedLeftOn);
        }
    }

    public record HistoryLine(LocalDate date, String kind, String detail) {
    }

    public record DeductionLine(long id, long orderId, String employeeName, String payrollNumber, String caseReference,
                                LocalDate payDate, BigDecimal netEarnings, BigDecimal normalRate,
                                BigDecimal protectedEarnings, BigDecimal deducted, BigDecimal shortfall,
                                DeductionRules.ShortfallReason shortfallReason, BigDecimal adminCharge,
                                BigDecimal paidOver) {
    }

    public record OrderDetail(OrderSummary order, List<HistoryLine> history, List<DeductionLine> deductions,
                              List<DocumentInfo> documents) {
    }

    public record DocumentInfo(long id, long orderId, String title, Instant createdAt) {
    }

    public record RemittanceView(YearMonth month, BigDecimal amount, LocalDate paidOn, String method, String reference,
                                 String explanation, boolean late) {
    }

    /**
     * The month of deduction: every deduction, the total to pay, when it is due (19th of the next
     * month) and days left (negative: overdue), and the remittance if recorded.
     */
    public record MonthSchedule(YearMonth month, List<DeductionLine> deductions, BigDecimal total,
                                BigDecimal adminCharges, LocalDate due, long daysLeft, RemittanceView remittance) {
        public boolean overdue() {
            return remittance == null && daysLeft < 0;
        }
    }

    /** What the paying parent sees: the order with their employer, each deduction and when it was paid over. */
    public record ParentDeduction(LocalDate payDate, BigDecimal deducted, BigDecimal shortfall, LocalDate paidOverOn) {
    }

    public record ParentOrder(long orderId, String employerName, String caseReference, OrderStatus status,
                              LocalDate effectiveDate, LocalDate endedOn, PayFrequency payFrequency,
                              BigDecimal currentRate, List<ParentDeduction> deductions, List<DocumentInfo> documents) {
    }

    /** A casework task raised by an employer or by a late remittance. */
    public record TaskView(long id, String kind, String organisationName, String caseReference, String employeeName,
                           String detail, boolean late, Instant createdAt) {
    }

    /** An order in the casework list. */
    public record CaseworkOrder(long id, String organisationName, String caseReference, String employeeName,
                                OrderStatus status, LocalDate effectiveDate, BigDecimal monthlyRate, long organisationId) {
    }
}
