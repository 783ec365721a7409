package org.childmaintenance.options;

import org.childmaintenance.base.MoneyText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.childmaintenance.base.Texts;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The written agreement as a PDF, in the same words as the page (GOV.UK's record form, journeys.md §2). */
final class ArrangementPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, new Color(0x1b, 0x1d, 0x1f));
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD, new Color(0x1b, 0x1d, 0x1f));
    private static final Font BODY = new Font(Font.HELVETICA, 11, Font.NORMAL, new Color(0x1b, 0x1d, 0x1f));
    private static final Font KEY = new Font(Font.HELVETICA, 11, Font.BOLD, new Color(0x1b, 0x1d, 0x1f));
    private static final String E = "arrangement.extras.";

    private ArrangementPdf() {
    }

    static byte[] render(ArrangementDetails d, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(Texts.t("arrangement.pdf.title"));
        doc.addCreator(Texts.t("service.name"));
        doc.open();
        doc.add(new Paragraph(Texts.t("arrangement.pdf.title"), TITLE));
        doc.add(para(Texts.t("arrangement.pdf.intro", d.payingParentName(), d.receivingParentName())));
        doc.add(para(Texts.t("arrangement.pdf.notBinding")));

        heading(doc, Texts.t("arrangement.check.parentsHeading"));
        PdfPTable parents = table();
        row(parents, Texts.t("arrangement.check.payingParent"), d.payingParentName());
        row(parents, Texts.t("arrangement.check.receivingParent"), d.receivingParentName());
        StringBuilder kids = new StringBuilder();
        for (ChildDetails c : d.children()) {
            kids.append(c.firstName());
            if (c.dateOfBirth() != null) {
                kids.append(" (").append(Texts.t("arrangement.check.born", Display.date(c.dateOfBirth()))).append(')');
            }
            kids.append('\n');
        }
        row(parents, Texts.t("arrangement.check.children"), kids.toString().trim());
        doc.add(parents);

        heading(doc, Texts.t("arrangement.check.moneyHeading"));
        PdfPTable money = table();
        row(money, Texts.t("arrangement.check.amount"), Texts.t("arrangement.amountEvery", MoneyText.format(d.amount()),
                Display.label("arrangement.frequency.", d.frequency()).toLowerCase()));
        if (d.estimateWeekly() != null) {
            row(money, Texts.t("arrangement.check.estimate"), Texts.t("arrangement.perWeek", MoneyText.format(d.estimateWeekly())));
        }
        row(money, Texts.t("arrangement.check.method"), Display.label("arrangement.method.", d.paymentMethod()));
        row(money, Texts.t("arrangement.check.timing"), d.paymentTiming());
        row(money, Texts.t("arrangement.check.firstPayment"), Display.date(d.firstPaymentDate()));
        if (d.sharedDetails() != null) {
            row(money, Texts.t("arrangement.check.shared"), d.sharedDetails());
        }
        doc.add(money);

        heading(doc, Texts.t("arrangement.check.extrasHeading"));
        PdfPTable extras = table();
        row(extras, Texts.t("arrangement.extras.schoolTrips"), Display.label(E, d.schoolTrips()));
        row(extras, Texts.t("arrangement.extras.clothes"), Display.label(E, d.clothes()));
        row(extras, Texts.t("arrangement.extras.activities"), Display.label(E, d.activities()));
        row(extras, Texts.t("arrangement.check.holidays"), d.holidays());
        row(extras, Texts.t("arrangement.check.changes"), d.changesPlan());
        row(extras, Texts.t("arrangement.check.reviewDate"), Display.date(d.reviewDate()));
        doc.add(extras);

        heading(doc, Texts.t("arrangement.pdf.statusHeading"));
        ZoneId uk = ZoneId.of("Europe/London");
        if (d.status() == Status.CONFIRMED) {
            doc.add(para(Texts.t("arrangement.pdf.confirmed", d.payingParentName(), d.receivingParentName(),
                    Display.date(d.confirmedAt().atZone(uk).toLocalDate()))));
        } else {
            doc.add(para(Texts.t("arrangement.pdf.notConfirmed")));
        }
        doc.add(para(Texts.t("arrangement.pdf.printed", Display.date(today))));
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph para(String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setSpacingBefore(6);
        return p;
    }

    private static void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private static PdfPTable table() {
        PdfPTable t = new PdfPTable(new float[] {2, 3});
        t.setWidthPercentage(100);
        return t;
    }

    private static void row(PdfPTable t, String key, String value) {
        PdfPCell k = new PdfPCell(new Phrase(key, KEY));
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, BODY));
        k.setPadding(5);
        v.setPadding(5);
        k.setVerticalAlignment(Element.ALIGN_TOP);
        t.addCell(k);
        t.addCell(v);
    }
}
