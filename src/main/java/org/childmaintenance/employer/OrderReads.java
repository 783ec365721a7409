package org.childmaintenance.employer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.employer.EmployerViews.DeductionLine;
import org.childmaintenance.employer.EmployerViews.DocumentInfo;
import org.childmaintenance.employer.EmployerViews.HistoryLine;
import org.childmaintenance.employer.EmployerViews.OrderDetail;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.OrganisationDirectory;
import org.springframework.stereotype.Component;

/** Turns orders and deductions into the read models people see (no access checks: callers do them). */
@Component
class OrderReads {
    private final OrderRepository orders;
    private final OrderEventRepository events;
    private final OrderDocumentRepository documents;
    private final DeductionRepository deductions;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;

    OrderReads(OrderRepository orders, OrderEventRepository events, OrderDocumentRepository documents,
               DeductionRepository deductions, OrganisationDirectory organisations, CurrentUser currentUser) {
        this.orders = orders;
        this.events = events;
        this.documents = documents;
        this.deductions = deductions;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    String organisationName(long id) {
        return organisations.find(id).map(OrganisationDirectory.OrganisationInfo::name).orElse("");
    }

    OrderSummary summary(DeductionOrder o) {
        return new OrderSummary(o.id(), o.employeeName(), o.payrollNumber(), o.caseReference(), o.effectiveDate(),
                o.servedOn(), o.firstDeductionDay(), o.payFrequency(), o.currentRate(), o.rates(), o.status(),
                o.endedOn(), organisationName(o.organisationId()), o.markedLeftOn());
    }

    OrderDetail detail(DeductionOrder o) {
        List<HistoryLine> history = events.history(o.id()).stream()
                .map(e -> new HistoryLine(e.eventDate(), e.kind(), e.detail())).toList();
        List<DeductionLine> lines = deductions.ofOrder(o.id()).stream().map(d -> line(d, o)).toList();
        return new OrderDetail(summary(o), history, lines, documents(List.of(o.id())));
    }

    DeductionLine line(Deduction d, DeductionOrder o) {
        return new DeductionLine(d.id(), o.id(), o.employeeName(), o.payrollNumber(), o.caseReference(), d.payDate(),
                d.netEarnings(), d.normalRate(), d.protectedAmount(), d.deducted(), d.shortfall(), d.shortfallReason(),
                d.adminCharge(), d.paidOver());
    }

    /** Deduction lines with their orders, loading each order once. */
    List<DeductionLine> lines(List<Deduction> list) {
        Map<Long, DeductionOrder> byId = new HashMap<>();
        List<DeductionLine> out = new ArrayList<>(list.size());
        for (Deduction d : list) {
            DeductionOrder o = byId.computeIfAbsent(d.orderId(), id -> orders.findById(id).orElseThrow());
            out.add(line(d, o));
        }
        return out;
    }

    List<DocumentInfo> documents(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return documents.listFor(orderIds).stream()
                .map(r -> new DocumentInfo((Long) r[0], (Long) r[1], OrderNotices.shownTitle((String) r[2]), (Instant) r[3]))
                .toList();
    }

    boolean isPayingParent(DeductionOrder o) {
        return o.payingAccountId() != null && currentUser.get()
                .map(u -> u.accountId() == o.payingAccountId()).orElse(false);
    }
}
