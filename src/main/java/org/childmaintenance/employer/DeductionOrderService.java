package org.childmaintenance.employer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseForDeductionOrder;
import org.childmaintenance.cases.CaseForDeductionOrder.OrderCase;
import org.childmaintenance.documents.DocumentAdded;
import org.childmaintenance.employer.EmployerViews.CaseworkOrder;
import org.childmaintenance.employer.EmployerViews.DocumentInfo;
import org.childmaintenance.employer.EmployerViews.OrderDetail;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.childmaintenance.employer.EmployerViews.TaskView;
import org.childmaintenance.employer.OrderRecords.EmployerTask;
import org.childmaintenance.employer.OrderRecords.OrderDocument;
import org.childmaintenance.employer.OrderRecords.OrderEvent;
import org.childmaintenance.identity.OrganisationDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deduction from earnings orders (LC-13): casework issues, varies and discharges them; the
 * employer sees its own organisation's orders, reports leavers and pay frequency changes.
 */
@Service
@Transactional
public class DeductionOrderService {
    private final OrderRepository orders;
    private final OrderEventRepository events;
    private final OrderDocumentRepository documents;
    private final TaskRepository tasks;
    private final OrderReads reads;
    private final CaseForDeductionOrder cases;
    private final OrganisationDirectory organisations;
    private final EmployerAccess access;
    private final AuditService audit;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    DeductionOrderService(OrderRepository orders, OrderEventRepository events, OrderDocumentRepository documents,
                          TaskRepository tasks, OrderReads reads, CaseForDeductionOrder cases,
                          OrganisationDirectory organisations, EmployerAccess access, AuditService audit,
                          ApplicationEventPublisher published, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.documents = documents;
        this.tasks = tasks;
        this.reads = reads;
        this.cases = cases;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
    }

    /** Today by the service's clock (pages show deadlines against it). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- casework ---------------------------------------------------------------------------------

    /** What casework enters to issue an order; {@code monthlyArrears} may be blank (no arrears element). */
    public record IssueRequest(String caseReference, Long organisationId, String payrollNumber, PayFrequency frequency,
                               LocalDate startDate, String monthlyArrears) {
    }

    /**
     * LC-13.3/13.4: issues an order, served today; rates for every pay frequency come from the
     * case's current weekly amount plus any arrears element. The notice goes to the employer's
     * Documents and the paying parent's deductions page.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public long issue(IssueRequest r) {
        List<FieldError> errors = new ArrayList<>();
        OrderCase c = null;
        if (Inputs.trimmed(r.caseReference()).isEmpty()) {
            errors.add(new FieldError("caseReference", "employer.issue.error.caseRequired"));
        } else {
            c = cases.findByReference(r.caseReference()).orElse(null);
            if (c == null) {
                errors.add(new FieldError("caseReference", "employer.issue.error.caseUnknown"));
            } else if (orders.findByCaseIdOrderByIdDesc(c.caseId()).stream().anyMatch(o -> o.status().inForce())) {
                errors.add(new FieldError("caseReference", "employer.issue.error.alreadyInForce"));
            }
        }
        if (r.organisationId() == null || organisations.find(r.organisationId()).isEmpty()) {
            errors.add(new FieldError("organisation", "employer.issue.error.organisationRequired"));
        }
        String payroll = Inputs.trimmed(r.payrollNumber());
        if (payroll.isEmpty() || payroll.length() > 40) {
            errors.add(new FieldError("payrollNumber", "employer.issue.error.payrollRequired"));
        } else if (r.organisationId() != null && orders.existsByOrganisationIdAndPayrollNumberAndStatusIn(
                r.organisationId(), payroll, EnumSet.of(OrderStatus.ACTIVE, OrderStatus.VARIED))) {
            errors.add(new FieldError("payrollNumber", "employer.issue.error.payrollTaken"));
        }
        if (r.frequency() == null) {
            errors.add(new FieldError("frequency", "employer.issue.error.frequencyRequired"));
        }
        if (r.startDate() == null) {
            errors.add(new FieldError("startDate", "employer.issue.error.startRequired"));
        } else if (r.startDate().isBefore(today())) {
            errors.add(new FieldError("startDate", "employer.issue.error.startPast"));
        }
        BigDecimal arrears = arrearsElement(r.monthlyArrears(), errors);
        if (!errors.isEmpty()) {
            throw new UserFacingException("employer.issue.error", errors);
        }
        Map<PayFrequency, BigDecimal> rates = DeductionRules.normalRates(c.weeklyAmount(), arrears);
        DeductionOrder o = orders.save(new DeductionOrder(r.organisationId(), c.caseId(), c.reference(),
                c.payingAccountId(), c.payingName(), payroll, r.frequency(), r.startDate(), today(), rates, clock.instant()));
        event(o, "ISSUED", today(), null);
        notice(o, OrderNotices.Kind.ISSUED);
        audit.record("DEO_ISSUED", "deduction-order", o.id().toString(), c.reference() + " to organisation " + r.organisationId());
        return o.id();
    }

    /** Varies an order: rates recalculated from the case's current amount and a new arrears element. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public void vary(long orderId, String monthlyArrears) {
        DeductionOrder o = inForce(orderId);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal arrears = arrearsElement(monthlyArrears, errors);
        if (!errors.isEmpty()) {
            throw new UserFacingException("employer.issue.error", errors);
        }
        OrderCase c = cases.findByReference(o.caseReference())
                .orElseThrow(() -> new UserFacingException("employer.error.noCase"));
        o.vary(DeductionRules.normalRates(c.weeklyAmount(), arrears));
        event(o, "VARIED", today(), null);
        notice(o, OrderNotices.Kind.VARIED);
        audit.record("DEO_VARIED", "deduction-order", o.id().toString(), "monthly " + o.rate(PayFrequency.MONTHLY));
    }

    /** Discharges an order (no more deductions after today). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public void discharge(long orderId) {
        DeductionOrder o = inForce(orderId);
        o.end(OrderStatus.DISCHARGED, today());
        event(o, "DISCHARGED", today(), null);
        notice(o, OrderNotices.Kind.DISCHARGED);
        audit.record("DEO_DISCHARGED", "deduction-order", o.id().toString(), null);
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    @Transactional(readOnly = true)
    public List<CaseworkOrder> allOrders() {
        Map<Long, String> names = organisationNames();
        return orders.findAllByOrderByIdDesc().stream()
                .map(o -> new CaseworkOrder(o.id(), names.getOrDefault(o.organisationId(), ""), o.caseReference(),
                        o.employeeName(), o.status(), o.effectiveDate(), o.rate(PayFrequency.MONTHLY), o.organisationId()))
                .toList();
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    @Transactional(readOnly = true)
    public OrderDetail orderForCasework(long orderId) {
        return reads.detail(orders.findById(orderId).orElseThrow(() -> new UserFacingException("employer.error.noOrder")));
    }

    /** Leavers, "not our employee" and late remittances, newest first (casework list). */
    @PreAuthorize("hasRole('CASEWORKER')")
    @Transactional(readOnly = true)
    public List<TaskView> tasks() {
        Map<Long, String> names = organisationNames();
        return tasks.findAllByOrderByCreatedAtDescIdDesc().stream().map(t -> {
            DeductionOrder o = t.orderId() == null ? null : orders.findById(t.orderId()).orElse(null);
            return new TaskView(t.id(), t.kind(), names.getOrDefault(t.organisationId(), ""),
                    o == null ? null : o.caseReference(), o == null ? null : o.employeeName(), t.detail(), t.late(),
                    t.createdAt());
        }).toList();
    }

    // --- employer -----------------------------------------------------------------------------------

    /** "Employees with deductions": the signed-in user's organisation's orders only. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public List<OrderSummary> myOrders() {
        long org = access.organisation();
        return orders.findByOrganisationIdOrderByEmployeeNameAscIdAsc(org).stream().map(reads::summary).toList();
    }

    /** One order with its history, deductions and notices (own organisation only). */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public OrderDetail myOrder(long orderId) {
        return reads.detail(own(orderId));
    }

    /** The organisation's documents: order, variation and discharge notices. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public List<DocumentInfo> myDocuments() {
        long org = access.organisation();
        List<Long> ids = orders.findByOrganisationIdOrderByEmployeeNameAscIdAsc(org).stream().map(DeductionOrder::id).toList();
        return reads.documents(ids);
    }

    /** A notice's PDF, for the employer whose order it is, its paying parent, or casework: in the reader's language. */
    public byte[] documentPdf(long documentId) {
        // Only casework learns that an id is no notice; anyone else is refused alike, so ids cannot be probed.
        OrderDocument d = documents.findById(documentId).orElseThrow(() -> access.caseworker()
                ? new UserFacingException("employer.error.noOrder") : new AccessDeniedException("No such notice of yours"));
        DeductionOrder o = orders.findById(d.orderId()).orElseThrow();
        if (!access.caseworker() && !reads.isPayingParent(o)) {
            access.own(o);
        }
        audit.record("DEO_DOCUMENT_VIEWED", "deduction-order", o.id().toString(), d.title());
        return d.pdfIn(access.readerLanguage());
    }

    /** What an employer reports when an employee leaves, or was never theirs. */
    public record LeaverReport(boolean notOurEmployee, LocalDate dateLeft, LocalDate lastPayDate, String newEmployer) {
    }

    /**
     * LC-13.2: a leaver (or "not our employee") ends the order and gives casework a task; reports
     * more than 10 days after the date left (or after the order was served) are flagged late.
     * Returns whether the report was late.
     */
    @PreAuthorize("hasRole('EMPLOYER')")
    public boolean reportLeaver(long orderId, LeaverReport r) {
        DeductionOrder o = own(orderId);
        if (!o.status().inForce()) {
            throw new UserFacingException("employer.error.orderEnded");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!r.notOurEmployee()) {
            if (r.dateLeft() == null) {
                errors.add(new FieldError("dateLeft", "employer.leaver.error.dateLeftRequired"));
            } else if (r.dateLeft().isAfter(today())) {
                errors.add(new FieldError("dateLeft", "employer.leaver.error.dateLeftFuture"));
            }
            if (r.lastPayDate() == null) {
                errors.add(new FieldError("lastPayDate", "employer.leaver.error.lastPayRequired"));
            } else if (r.dateLeft() != null && r.lastPayDate().isAfter(r.dateLeft().plusMonths(1))) {
                errors.add(new FieldError("lastPayDate", "employer.leaver.error.lastPayLate"));
            }
        }
        String newEmployer = Inputs.trimmed(r.newEmployer());
        if (newEmployer.length() > 200) {
            errors.add(new FieldError("newEmployer", "employer.leaver.error.newEmployerLong"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("employer.leaver.error", errors);
        }
        LocalDate from = r.notOurEmployee() ? o.servedOn() : r.dateLeft();
        boolean late = today().isAfter(DeductionRules.leaverReportDue(from));
        String detail = r.notOurEmployee() ? "Not our employee"
                : "Left " + r.dateLeft() + ", last paid " + r.lastPayDate()
                + (newEmployer.isEmpty() ? "" : ", new employer " + newEmployer);
        o.end(r.notOurEmployee() ? OrderStatus.ENDED_NOT_EMPLOYEE : OrderStatus.ENDED_LEFT,
                r.notOurEmployee() ? today() : r.dateLeft());
        event(o, r.notOurEmployee() ? "NOT_EMPLOYEE" : "LEFT", today(), detail + (late ? " (reported late)" : ""));
        tasks.save(new EmployerTask(r.notOurEmployee() ? "NOT_EMPLOYEE" : "LEAVER", o.id(), o.organisationId(), detail,
                late, clock.instant()));
        audit.record("DEO_LEAVER_REPORTED", "deduction-order", o.id().toString(), detail + (late ? " late" : ""));
        return late;
    }

    /**
     * LC-13.2: the employer tells us an employee has left before sending the full leaver report (which
     * is due 10 days from the date left); the order page and a reminder notice keep the report in view.
     * Returns the date the report is due.
     */
    @PreAuthorize("hasRole('EMPLOYER')")
    public LocalDate markLeft(long orderId, LocalDate dateLeft) {
        DeductionOrder o = own(orderId);
        if (!o.status().inForce()) {
            throw new UserFacingException("employer.error.orderEnded");
        }
        if (dateLeft == null) {
            throw UserFacingException.onField("dateLeft", "employer.leaver.error.dateLeftRequired");
        }
        if (dateLeft.isAfter(today())) {
            throw UserFacingException.onField("dateLeft", "employer.leaver.error.dateLeftFuture");
        }
        o.markLeft(dateLeft);
        event(o, "MARKED_LEFT", today(), "Left " + dateLeft);
        audit.record("DEO_MARKED_LEFT", "deduction-order", o.id().toString(), "left " + dateLeft);
        return DeductionRules.leaverReportDue(dateLeft);
    }

    /** A change of pay frequency: the order's rate for the new frequency applies from now on. */
    @PreAuthorize("hasRole('EMPLOYER')")
    public void changeFrequency(long orderId, PayFrequency frequency) {
        DeductionOrder o = own(orderId);
        if (frequency == null) {
            throw UserFacingException.onField("frequency", "employer.frequency.error.required");
        }
        if (!o.status().inForce()) {
            throw new UserFacingException("employer.error.orderEnded");
        }
        if (frequency == o.payFrequency()) {
            throw UserFacingException.onField("frequency", "employer.frequency.error.same");
        }
        PayFrequency before = o.payFrequency();
        o.payFrequency(frequency);
        event(o, "FREQUENCY_CHANGED", today(), before + " to " + frequency);
        audit.record("DEO_FREQUENCY_CHANGED", "deduction-order", o.id().toString(), before + " to " + frequency);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private DeductionOrder own(long orderId) {
        long org = access.organisation();
        DeductionOrder o = orders.findById(orderId).orElseThrow(() -> new AccessDeniedException("No such order"));
        if (o.organisationId() != org) {
            throw new AccessDeniedException("Not this organisation's order");
        }
        return o;
    }

    private DeductionOrder inForce(long orderId) {
        DeductionOrder o = orders.findById(orderId).orElseThrow(() -> new UserFacingException("employer.error.noOrder"));
        if (!o.status().inForce()) {
            throw new UserFacingException("employer.error.orderEnded");
        }
        return o;
    }

    private static BigDecimal arrearsElement(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal value = Inputs.money(text);
        if (value == null) {
            errors.add(new FieldError("monthlyArrears", "employer.issue.error.arrearsFormat"));
            return BigDecimal.ZERO;
        }
        return value;
    }

    private void event(DeductionOrder o, String kind, LocalDate date, String detail) {
        events.save(new OrderEvent(o.id(), kind, date, detail, clock.instant(), access.user().accountId()));
    }

    /** Files the notice in the organisation's and the paying parent's Documents, and tells them it is there. */
    private void notice(DeductionOrder o, OrderNotices.Kind kind) {
        String org = organisations.find(o.organisationId()).map(OrganisationDirectory.OrganisationInfo::name).orElse("");
        // Drawn in both languages now, with the order as it is today; each reader opens theirs (issue 17).
        LocalDate today = today();
        documents.save(new OrderDocument(o.id(), Texts.in(Language.ENGLISH, () -> OrderNotices.title(kind)),
                Texts.in(Language.ENGLISH, () -> OrderNotices.notice(kind, o, org, today)),
                Texts.in(Language.WELSH, () -> OrderNotices.notice(kind, o, org, today)), clock.instant()));
        published.publishEvent(new DocumentAdded(organisations.members(o.organisationId()).stream()
                .map(OrganisationDirectory.Member::accountId).toList(), null));
        if (o.payingAccountId() != null) {
            published.publishEvent(new DocumentAdded(List.of(o.payingAccountId()), o.caseId()));
        }
    }

    private Map<Long, String> organisationNames() {
        return organisations.all().stream().collect(Collectors.toMap(OrganisationDirectory.OrganisationInfo::id,
                OrganisationDirectory.OrganisationInfo::name));
    }
}
