package org.childmaintenance.employer;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.MoneyText;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.childmaintenance.base.DisplayFormats;

/**
 * Order notices as PDFs (OpenPDF): issue, variation and discharge. A notice carries only what the
 * order contains: employee, payroll number, case reference, dates and rates, never the calculation,
 * the receiving parent or arrears (LC-13.7).
 */
final class OrderNotices {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);

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

    static byte[] notice(Kind kind, DeductionOrder o, String organisationName, LocalDate issued) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title(kind));
            doc.addCreator(Texts.t("service.name"));
            doc.open();
            doc.add(new Paragraph(title(kind), TITLE));
            doc.add(new Paragraph(Texts.t("employer.notice.to", organisationName) + "\n"
                    + Texts.t("employer.notice.date", DisplayFormats.date(issued)), BODY));
            PdfPTable facts = new PdfPTable(2);
            facts.setWidthPercentage(100);
            cell(facts, "employer.order.employee", o.employeeName());
            cell(facts, "employer.order.payroll", o.payrollNumber());
            cell(facts, "employer.order.case", o.caseReference());
            cell(facts, "employer.order.effective", DisplayFormats.date(o.effectiveDate()));
            cell(facts, "employer.order.firstDeduction", DisplayFormats.date(o.firstDeductionDay()));
            cell(facts, "employer.order.frequency", Texts.t("employer.frequency." + o.payFrequency().name()));
            for (PayFrequency f : PayFrequency.values()) {
                cell(facts, "employer.order.rate." + f.name(), MoneyText.format(o.rate(f)));
            }
            cell(facts, "employer.order.protected", Texts.t("employer.order.protectedValue"));
            doc.add(facts);
            doc.add(new Paragraph(Texts.t("employer.notice.duties"), HEADING));
            doc.add(new Paragraph(Texts.t(kind == Kind.DISCHARGED ? "employer.notice.dischargedText"
                    : "employer.notice.dutiesText"), BODY));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the notice", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    private static void cell(PdfPTable table, String key, String value) {
        table.addCell(Texts.t(key));
        table.addCell(value);
    }
}
