package org.childmaintenance.employer;

import java.time.LocalDate;
import org.childmaintenance.base.DisplayFormats;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.PdfDocuments;
import org.childmaintenance.base.Texts;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Order notices as PDFs (base {@link PdfDocuments}): issue, variation and discharge. A notice carries only what the
 * order contains: employee, payroll number, case reference, dates and rates, never the calculation,
 * the receiving parent or arrears (LC-13.7).
 */
final class OrderNotices {
    enum Kind { ISSUED, VARIED, DISCHARGED }

    private OrderNotices() {
    }

    static String title(Kind kind) {
        return Texts.t("employer.notice.title." + kind.name());
    }

    /** A notice's stored title (in the language of whoever caused it) in the current language. */
    static String shownTitle(String stored) {
        return Texts.stored(stored, "employer.notice.title.ISSUED", "employer.notice.title.VARIED",
                "employer.notice.title.DISCHARGED");
    }

    /** The notice in the current language ({@link Texts#in}: the caller draws one per language). */
    static byte[] notice(Kind kind, DeductionOrder o, String organisationName, LocalDate issued) {
        return PdfDocuments.a4(title(kind), doc -> {
            doc.add(new Paragraph(title(kind), PdfDocuments.TITLE));
            doc.add(PdfDocuments.paragraph(Texts.t("employer.notice.to", organisationName)));
            doc.add(PdfDocuments.paragraph(Texts.t("employer.notice.date", DisplayFormats.date(issued))));
            PdfPTable facts = PdfDocuments.summaryTable();
            facts.setSpacingBefore(10);
            PdfDocuments.summaryRow(facts, Texts.t("employer.order.employee"), o.employeeName());
            PdfDocuments.summaryRow(facts, Texts.t("employer.order.payroll"), o.payrollNumber());
            PdfDocuments.summaryRow(facts, Texts.t("employer.order.case"), o.caseReference());
            PdfDocuments.summaryRow(facts, Texts.t("employer.order.effective"), DisplayFormats.date(o.effectiveDate()));
            PdfDocuments.summaryRow(facts, Texts.t("employer.order.firstDeduction"), DisplayFormats.date(o.firstDeductionDay()));
            PdfDocuments.summaryRow(facts, Texts.t("employer.order.frequency"),
                    Texts.t("employer.frequency." + o.payFrequency().name()));
            for (PayFrequency f : PayFrequency.values()) {
                PdfDocuments.summaryRow(facts, Texts.t("employer.order.rate." + f.name()), MoneyText.format(o.rate(f)));
            }
            PdfDocuments.summaryRow(facts, Texts.t("employer.order.protected"), Texts.t("employer.order.protectedValue"));
            doc.add(facts);
            doc.add(PdfDocuments.heading(Texts.t("employer.notice.duties")));
            doc.add(PdfDocuments.paragraph(Texts.t(kind == Kind.DISCHARGED ? "employer.notice.dischargedText"
                    : "employer.notice.dutiesText")));
        });
    }
}
