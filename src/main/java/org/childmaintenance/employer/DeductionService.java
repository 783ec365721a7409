package org.childmaintenance.employer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.employer.EmployerViews.DeductionLine;
import org.childmaintenance.employer.EmployerViews.MonthSchedule;
import org.childmaintenance.employer.EmployerViews.ParentDeduction;
import org.childmaintenance.employer.EmployerViews.ParentOrder;
import org.childmaintenance.employer.EmployerViews.RemittanceView;
import org.childmaintenance.employer.OrderRecords.OrderEvent;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deductions per pay day (LC-13.4): the employer enters net earnings, the service works out the
 * deduction within protected earnings and records any shortfall with its reason; the monthly
 * schedule; and what the paying parent sees of their order.
 */
@Service
@Transactional
public class DeductionService {
    private final OrderRepository orders;
    private final DeductionRepository deductions;
    private final RemittanceRepository remittances;
    private final OrderEventRepository events;
    private final OrderReads reads;
    private final EmployerAccess access;
    private final AccessService caseAccess;
    private final AuditService audit;
    private final Clock clock;

    DeductionService(OrderRepository orders, DeductionRepository deductions, RemittanceRepository remittances,
                     OrderEventRepository events, OrderReads reads, EmployerAccess access, AccessService caseAccess,
                     AuditService audit, Clock clock) {
        this.orders = orders;
        this.deductions = deductions;
        this.remittances = remittances;
        this.events = events;
        this.reads = reads;
        this.access = access;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The month of deduction people are working on: the current month by the service's clock. */
    public YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    /** The working for a pay day without recording it (the page shows it before saving). */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public DeductionRules.Working preview(long orderId, String netEarnings, boolean adminCharge) {
        DeductionOrder o = access.own(orders.findById(orderId).orElseThrow(() -> new AccessDeniedException("No order")));
        List<FieldError> errors = new ArrayList<>();
        BigDecimal net = Inputs.money(netEarnings, "netEarnings", "employer.deduction.error.net", errors);
        if (!errors.isEmpty()) {
            throw new UserFacingException("employer.deduction.error", errors);
        }
        return DeductionRules.work(net, o.currentRate(), adminCharge);
    }

    /**
     * Records one pay day (payroll and admin users): the normal rate if it fits within 40 % of net,
     * otherwise what fits with the shortfall and reason "protected earnings" (LC-13.4; no carry-forward).
     */
    @PreAuthorize("hasRole('EMPLOYER')")
    public DeductionRules.Working record(long orderId, LocalDate payDate, String netEarnings, boolean adminCharge) {
        DeductionOrder o = access.own(orders.findById(orderId).orElseThrow(() -> new AccessDeniedException("No order")));
        List<FieldError> errors = new ArrayList<>();
        if (payDate == null) {
            errors.add(new FieldError("payDate", "employer.deduction.error.payDateRequired"));
        } else if (payDate.isAfter(today())) {
            errors.add(new FieldError("payDate", "employer.deduction.error.payDateFuture"));
        } else if (payDate.isBefore(o.firstDeductionDay())) {
            errors.add(new FieldError("payDate", "employer.deduction.error.payDateBeforeOrder"));
        } else if (o.endedOn() != null && payDate.isAfter(o.endedOn())) {
            errors.add(new FieldError("payDate", "employer.deduction.error.payDateAfterEnd"));
        } else if (deductions.existsByOrderIdAndPayDate(orderId, payDate)) {
            errors.add(new FieldError("payDate", "employer.deduction.error.payDateRecorded"));
        } else if (remittances.findByOrganisationIdAndDeductionMonth(o.organisationId(), YearMonth.from(payDate).toString())
                .isPresent()) {
            errors.add(new FieldError("payDate", "employer.deduction.error.monthPaid"));
        }
        BigDecimal net = Inputs.money(netEarnings, "netEarnings", "employer.deduction.error.net", errors);
        if (!errors.isEmpty()) {
            throw new UserFacingException("employer.deduction.error", errors);
        }
        DeductionRules.Working w = DeductionRules.work(net, o.currentRate(), adminCharge);
        try {
            deductions.saveAndFlush(new Deduction(o.id(), o.organisationId(), payDate, w, w.deduct(), w.reason(),
                    clock.instant(), access.user().accountId()));
        } catch (DataIntegrityViolationException e) {
            throw UserFacingException.onField("payDate", "employer.deduction.error.payDateRecorded");
        }
        events.save(new OrderEvent(o.id(), "DEDUCTION", payDate, "Deducted " + w.deduct()
                + (w.shortfall().signum() > 0 ? ", short " + w.shortfall() + " (protected earnings)" : ""),
                clock.instant(), access.user().accountId()));
        audit.record("DEO_DEDUCTION_RECORDED", "deduction-order", o.id().toString(),
                payDate + " net " + w.netEarnings() + " deducted " + w.deduct() + " admin " + w.adminCharge());
        return w;
    }

    /** LC-13.2/13.7: the month's schedule for the signed-in user's organisation. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public MonthSchedule month(YearMonth month) {
        long org = access.organisation();
        return schedule(org, month);
    }

    MonthSchedule schedule(long org, YearMonth month) {
        List<DeductionLine> lines = reads.lines(deductions.ofMonth(org, month.toString()));
        BigDecimal total = lines.stream().map(DeductionLine::deducted).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal admin = lines.stream().map(DeductionLine::adminCharge).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        LocalDate due = DeductionRules.remittanceDue(month);
        RemittanceView remittance = remittances.findByOrganisationIdAndDeductionMonth(org, month.toString())
                .map(r -> new RemittanceView(month, r.amount(), r.paidOn(), r.method(), r.reference(), r.explanation(),
                        r.late()))
                .orElse(null);
        return new MonthSchedule(month, lines, total, admin, due, ChronoUnit.DAYS.between(today(), due), remittance);
    }

    /**
     * Whether the signed-in person is the paying parent on an order on this case: the case page's link asks
     * this instead of trying {@link #ordersOnMyCase} (a refusal there is audited as a failed authorisation).
     */
    @Transactional(readOnly = true)
    public boolean hasOrdersForMe(long caseId) {
        return caseAccess.mayActOnCase(caseId, CaseAction.VIEW)
                && orders.findByCaseIdOrderByIdDesc(caseId).stream().anyMatch(reads::isPayingParent);
    }

    /**
     * The paying parent's view of deduction orders on their case: employer, status, each deduction
     * and when it was paid over. The receiving parent and anyone else are refused.
     */
    @Transactional(readOnly = true)
    public List<ParentOrder> ordersOnMyCase(long caseId) {
        caseAccess.requireCaseAccess(caseId, CaseAction.VIEW);
        List<DeductionOrder> list = orders.findByCaseIdOrderByIdDesc(caseId);
        if (!access.caseworker() && list.stream().anyMatch(o -> !reads.isPayingParent(o))) {
            throw new AccessDeniedException("Only the paying parent sees deduction orders");
        }
        List<ParentOrder> out = new ArrayList<>();
        for (DeductionOrder o : list) {
            List<ParentDeduction> lines = deductions.ofOrder(o.id()).stream().map(d -> new ParentDeduction(d.payDate(),
                    d.deducted(), d.shortfall(), d.remittanceId() == null ? null
                    : remittances.findById(d.remittanceId()).map(Remittance::paidOn).orElse(null))).toList();
            out.add(new ParentOrder(o.id(), reads.organisationName(o.organisationId()), o.caseReference(), o.status(),
                    o.effectiveDate(), o.endedOn(), o.payFrequency(), o.currentRate(), lines, reads.documents(List.of(o.id()))));
        }
        return out;
    }
}
