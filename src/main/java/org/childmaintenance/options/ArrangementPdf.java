package org.childmaintenance.options;

import java.time.LocalDate;
import java.time.ZoneId;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.PdfDocuments;
import org.childmaintenance.base.Texts;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

/** The written agreement as a PDF, in the same words as the page (GOV.UK's record form, journeys.md §2). */
final class ArrangementPdf {
    private static final String E = "arrangement.extras.";

    private ArrangementPdf() {
    }

    /** The agreement as it stands; the confirmation date is read in the clock's zone (UK time). */
    static byte[] render(ArrangementDetails d, LocalDate today, ZoneId zone) {
        String title = Texts.t("arrangement.pdf.title");
        return PdfDocuments.a4(title, doc -> {
            doc.add(new Paragraph(title, PdfDocuments.TITLE));
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
            if (d.status() == Status.CONFIRMED) {
                doc.add(para(Texts.t("arrangement.pdf.confirmed", d.payingParentName(), d.receivingParentName(),
                        Display.date(d.confirmedAt().atZone(zone).toLocalDate()))));
            } else {
                doc.add(para(Texts.t("arrangement.pdf.notConfirmed")));
            }
            doc.add(para(Texts.t("arrangement.pdf.printed", Display.date(today))));
        });
    }

    private static Paragraph para(String text) {
        return PdfDocuments.paragraph(text);
    }

    private static void heading(Document doc, String text) {
        doc.add(PdfDocuments.heading(text));
    }

    private static PdfPTable table() {
        return PdfDocuments.summaryTable();
    }

    private static void row(PdfPTable t, String key, String value) {
        PdfDocuments.summaryRow(t, key, value);
    }
}
