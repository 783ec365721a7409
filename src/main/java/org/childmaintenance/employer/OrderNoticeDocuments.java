package org.childmaintenance.employer;

import static org.childmaintenance.base.Texts.t;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childmaintenance.documents.DocumentSource;
import org.childmaintenance.employer.OrderRecords.OrderDocument;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order, variation and discharge notices through the documents feature (LC-13.7): in the employer
 * organisation's Documents, and a copy in the paying parent's Documents for the case. Nobody else
 * sees them (the receiving parent's list has none; other organisations are refused).
 */
@Component
class OrderNoticeDocuments implements DocumentSource {
    private static final String PREFIX = "notice-";
    private final OrderRepository orders;
    private final OrderDocumentRepository documents;
    private final OrderReads reads;
    private final EmployerAccess access;
    private final AccessService caseAccess;

    OrderNoticeDocuments(OrderRepository orders, OrderDocumentRepository documents, OrderReads reads,
                         EmployerAccess access, AccessService caseAccess) {
        this.orders = orders;
        this.documents = documents;
        this.reads = reads;
        this.access = access;
        this.caseAccess = caseAccess;
    }

    @Override
    public String name() {
        return "deduction-orders";
    }

    /** The paying parent's copies; anyone else on the case sees none. */
    @Override
    @Transactional(readOnly = true)
    public List<Entry> documents(long caseId) {
        caseAccess.requireCaseAccess(caseId, CaseAction.VIEW);
        List<Long> mine = orders.findByCaseIdOrderByIdDesc(caseId).stream().filter(reads::isPayingParent)
                .map(DeductionOrder::id).toList();
        return reads.documents(mine).stream()
                .map(d -> new Entry(PREFIX + d.id(), OrderNotices.shownTitle(d.title()), d.createdAt(), "application/pdf")).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public File open(long caseId, String key) {
        caseAccess.requireCaseAccess(caseId, CaseAction.VIEW);
        OrderDocument d = find(key);
        DeductionOrder o = orders.findById(d.orderId()).filter(x -> x.caseId() == caseId).filter(reads::isPayingParent)
                .orElseThrow(() -> new AccessDeniedException("No such notice of yours"));
        return file(d, o);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> organisationDocuments() {
        long organisationId = access.organisation();
        Map<Long, DeductionOrder> ours = orders.findByOrganisationIdOrderByEmployeeNameAscIdAsc(organisationId).stream()
                .collect(Collectors.toMap(DeductionOrder::id, Function.identity()));
        return reads.documents(ours.keySet()).stream()
                .map(d -> new Entry(PREFIX + d.id(), t("employer.documents.entry", OrderNotices.shownTitle(d.title()),
                        ours.get(d.orderId()).employeeName()), d.createdAt(), "application/pdf"))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public File openForOrganisation(String key) {
        long organisationId = access.organisation();
        OrderDocument d = find(key);
        DeductionOrder o = orders.findById(d.orderId()).filter(x -> x.organisationId() == organisationId)
                .orElseThrow(() -> new AccessDeniedException("No such notice of yours"));
        return file(d, o);
    }

    private OrderDocument find(String key) {
        return parse(key).flatMap(documents::findById).orElseThrow(() -> new AccessDeniedException("No such notice"));
    }

    /** In the reader's language (the one they chose): the employer's staff and the paying parent alike. */
    private File file(OrderDocument d, DeductionOrder o) {
        return new File("deduction-order-" + o.id() + "-" + d.id() + ".pdf", "application/pdf", d.pdfIn(access.readerLanguage()));
    }

    private static Optional<Long> parse(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
