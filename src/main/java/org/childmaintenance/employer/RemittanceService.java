package org.childmaintenance.employer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.employer.OrderRecords.EmployerTask;
import org.childmaintenance.ledger.EmployerPayments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One remittance per organisation and month (LC-13.5). A payment equal to the month's schedule
 * posts each employee's deductions to their case through the ledger; a different amount needs the
 * employer to say what was paid for each employee and why. Late payments (after the 19th of the
 * next month) give casework a task. Recording the same month again posts nothing twice.
 */
@Service
@Transactional
public class RemittanceService {
    public static final List<String> METHODS = List.of("BACS", "FASTER_PAYMENT", "CHAPS", "CHEQUE");
    private final OrderRepository orders;
    private final DeductionRepository deductions;
    private final RemittanceRepository remittances;
    private final TaskRepository tasks;
    private final DeductionService deductionService;
    private final EmployerAccess access;
    private final EmployerPayments ledger;
    private final AuditService audit;
    private final Clock clock;

    RemittanceService(OrderRepository orders, DeductionRepository deductions, RemittanceRepository remittances, TaskRepository tasks,
                      DeductionService deductionService, EmployerAccess access, EmployerPayments ledger,
                      AuditService audit, Clock clock) {
        this.orders = orders;
        this.deductions = deductions;
        this.remittances = remittances;
        this.tasks = tasks;
        this.deductionService = deductionService;
        this.access = access;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the admin enters. {@code paidPerOrder} (order id to amount) and {@code explanation} are
     * needed only when {@code amount} differs from the month's schedule.
     */
    public record RemittanceForm(YearMonth month, String amount, LocalDate paidOn, String method, String reference,
                                 Map<Long, String> paidPerOrder, String explanation) {
    }

    public enum Outcome { POSTED, ALREADY_RECORDED }

    public record Result(Outcome outcome, int posted, boolean late, BigDecimal scheduled, BigDecimal paid) {
    }

    /** Per employee: what the schedule says and, when the payment differs, what the employer says was paid. */
    public record Difference(long orderId, String employeeName, BigDecimal scheduled, BigDecimal paid) {
    }

    /** The month's amounts per employee (order), for the remittance page. */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    @Transactional(readOnly = true)
    public List<Difference> scheduledPerEmployee(YearMonth month) {
        access.requireAdmin();
        return perOrder(deductions.ofMonth(access.organisation(), month.toString()), Map.of());
    }

    /** Records and posts the month's remittance (admins only). */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public Result record(RemittanceForm f) {
        access.requireAdmin();
        long org = access.organisation();
        if (f.month() == null) {
            throw UserFacingException.onField("month", "employer.remittance.error.month");
        }
        var existing = remittances.findByOrganisationIdAndDeductionMonth(org, f.month().toString());
        if (existing.isPresent()) {
            return new Result(Outcome.ALREADY_RECORDED, 0, existing.get().late(), existing.get().amount(),
                    existing.get().amount());
        }
        List<Deduction> month = deductions.ofMonth(org, f.month().toString());
        List<FieldError> errors = new ArrayList<>();
        if (month.isEmpty()) {
            errors.add(new FieldError("month", "employer.remittance.error.noDeductions"));
        }
        BigDecimal amount = Inputs.money(f.amount(), "amount", "employer.remittance.error.amount", errors);
        if (f.paidOn() == null) {
            errors.add(new FieldError("paidOn", "employer.remittance.error.paidOnRequired"));
        } else if (f.paidOn().isAfter(deductionService.today())) {
            errors.add(new FieldError("paidOn", "employer.remittance.error.paidOnFuture"));
        }
        if (f.method() == null || !METHODS.contains(f.method())) {
            errors.add(new FieldError("method", "employer.remittance.error.method"));
        }
        String reference = Inputs.trimmed(f.reference());
        if (reference.isEmpty() || reference.length() > 60) {
            errors.add(new FieldError("reference", "employer.remittance.error.reference"));
        }
        BigDecimal scheduled = month.stream().map(Deduction::deducted).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        Map<Long, BigDecimal> paid = new LinkedHashMap<>();
        List<Difference> rows = perOrder(month, Map.of());
        if (amount != null && amount.compareTo(scheduled) != 0) {
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (Difference d : rows) {
                String text = f.paidPerOrder() == null ? null : f.paidPerOrder().get(d.orderId());
                BigDecimal value = Inputs.money(text, "paid-" + d.orderId(), "employer.remittance.error.perEmployee", errors);
                if (value != null) {
                    paid.put(d.orderId(), value);
                    sum = sum.add(value);
                }
            }
            if (paid.size() == rows.size() && sum.compareTo(amount) != 0) {
                errors.add(new FieldError("amount", "employer.remittance.error.sumDiffers"));
            }
            if (Inputs.trimmed(f.explanation()).isEmpty()) {
                errors.add(new FieldError("explanation", "employer.remittance.error.explanation"));
            }
        } else {
            rows.forEach(d -> paid.put(d.orderId(), d.scheduled()));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("employer.remittance.error", errors);
        }
        LocalDate due = DeductionRules.remittanceDue(f.month());
        boolean late = f.paidOn().isAfter(due);
        Remittance r;
        try {
            r = remittances.saveAndFlush(new Remittance(org, f.month().toString(), amount, f.paidOn(), f.method(),
                    reference, Inputs.trimmed(f.explanation()).isEmpty() ? null : Inputs.trimmed(f.explanation()),
                    late, clock.instant(), access.user().accountId()));
        } catch (DataIntegrityViolationException e) {
            return new Result(Outcome.ALREADY_RECORDED, 0, late, scheduled, amount);
        }
        int posted = 0;
        for (Map.Entry<Long, BigDecimal> e : paid.entrySet()) {
            allocate(month, e.getKey(), e.getValue(), r.id());
            if (e.getValue().signum() > 0) {
                long caseId = orders.findById(e.getKey()).orElseThrow().caseId();
                // one payment reference per organisation, month and order: the ledger posts it once
                if (ledger.postDeduction(caseId, f.paidOn(), e.getValue(),
                        "DEO-" + org + "-" + f.month() + "-" + e.getKey())) {
                    posted++;
                }
            }
        }
        if (late) {
            tasks.save(EmployerTask.forMonth("LATE_REMITTANCE", org, f.month().toString(),
                    f.month() + " paid " + f.paidOn() + ", due " + due, clock.instant()));
        }
        audit.record("DEO_REMITTANCE_RECORDED", "organisation", Long.toString(org), f.month() + " " + amount + " "
                + f.method() + " " + reference + (late ? " late" : "") + " scheduled " + scheduled);
        return new Result(Outcome.POSTED, posted, late, scheduled, amount);
    }

    private List<Difference> perOrder(List<Deduction> month, Map<Long, BigDecimal> paid) {
        Map<Long, BigDecimal> scheduled = new LinkedHashMap<>();
        for (Deduction d : month) {
            scheduled.merge(d.orderId(), d.deducted(), BigDecimal::add);
        }
        List<Difference> out = new ArrayList<>();
        scheduled.forEach((orderId, amount) -> out.add(new Difference(orderId,
                orders.findById(orderId).map(DeductionOrder::employeeName).orElse(""), amount, paid.get(orderId))));
        return out;
    }

    /** Spreads what was paid for an order over its pay days in date order; any excess stays on the last. */
    private static void allocate(List<Deduction> month, long orderId, BigDecimal amount, long remittanceId) {
        List<Deduction> ofOrder = month.stream().filter(d -> d.orderId() == orderId).toList();
        BigDecimal left = amount;
        for (int i = 0; i < ofOrder.size(); i++) {
            Deduction d = ofOrder.get(i);
            BigDecimal share = i == ofOrder.size() - 1 ? left : left.min(d.deducted());
            d.paidOver(remittanceId, share);
            left = left.subtract(share);
        }
    }
}
