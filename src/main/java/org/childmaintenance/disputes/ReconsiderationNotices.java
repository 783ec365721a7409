package org.childmaintenance.disputes;

import static org.childmaintenance.base.Texts.t;

import org.openpdf.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.base.PdfDocuments;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.documents.DocumentSource;
import org.childmaintenance.identity.CaseAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.childmaintenance.base.DisplayFormats;

/**
 * The mandatory reconsideration notice (LC-14.2) both parents get once casework decides, listed on
 * the Documents page: the decision looked at, the outcome and casework's reasons, and what they can
 * do next (appeal to the tribunal by notice date + one month, LC-14.4). It never quotes either
 * parent's own points.
 */
@Component
class ReconsiderationNotices implements DocumentSource {
    static final String TRIBUNAL_GUIDANCE = "https://www.gov.uk/appeal-benefit-decision";
    private static final String PREFIX = "notice-";
    private final ReconsiderationRepository reconsiderations;
    private final Revision revision;

    ReconsiderationNotices(ReconsiderationRepository reconsiderations, Revision revision) {
        this.reconsiderations = reconsiderations;
        this.revision = revision;
    }

    @Override
    public String name() {
        return "reconsideration-notices";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> documents(long caseId) {
        revision.parents(caseId, CaseAction.VIEW);
        List<Entry> out = new ArrayList<>();
        for (Reconsideration r : reconsiderations.findByCaseIdOrderByRequestedAtDesc(caseId)) {
            if (r.status() == ReconsiderationStatus.DECIDED && r.decidedAt() != null) {
                out.add(new Entry(PREFIX + r.id(), t("disputes.notice.title",
                        DisplayFormats.date(ReconsiderationService.day(r.decidedAt()))), r.decidedAt(), "application/pdf"));
            }
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public File open(long caseId, String key) {
        Revision.Parents parents = revision.parents(caseId, CaseAction.VIEW);
        Reconsideration r = parseId(key).flatMap(reconsiderations::findById)
                .filter(x -> x.caseId() == caseId && x.status() == ReconsiderationStatus.DECIDED)
                .orElseThrow(() -> new AccessDeniedException("No such notice"));
        return new File("reconsideration-notice-" + r.id() + ".pdf", "application/pdf", pdf(r, parents.caseReference()));
    }

    static byte[] pdf(Reconsideration r, String caseReference) {
        LocalDate notice = ReconsiderationService.day(r.decidedAt());
        return PdfDocuments.a4(t("disputes.notice.heading"), doc -> {
            doc.add(PdfDocuments.paragraph(t("disputes.notice.intro", caseReference, DisplayFormats.date(notice))));
            PdfPTable table = PdfDocuments.summaryTable();
            PdfDocuments.summaryRow(table, t("disputes.notice.decisionDate"), DisplayFormats.date(r.decisionNotified()));
            PdfDocuments.summaryRow(table, t("disputes.notice.askedOn"),
                    DisplayFormats.date(ReconsiderationService.day(r.requestedAt())));
            PdfDocuments.summaryRow(table, t("disputes.notice.outcome"), t("disputes.outcome." + r.outcome().name()));
            doc.add(table);
            doc.add(PdfDocuments.heading(t("disputes.notice.reasons")));
            doc.add(PdfDocuments.paragraph(r.outcomeReasons()));
            doc.add(PdfDocuments.heading(t("disputes.notice.next")));
            doc.add(PdfDocuments.paragraph(t("disputes.notice.appeal",
                    DisplayFormats.date(DisputeRules.lastDayToAppeal(notice)), TRIBUNAL_GUIDANCE)));
            doc.add(PdfDocuments.paragraph(t("disputes.notice.notChallengeable")));
        });
    }

    private static java.util.Optional<Long> parseId(String key) {
        if (!key.startsWith(PREFIX)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Long.parseLong(key.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
