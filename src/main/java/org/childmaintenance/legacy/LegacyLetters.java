package org.childmaintenance.legacy;

import static org.childmaintenance.base.Texts.t;

import java.time.LocalDate;
import java.util.Locale;
import org.childmaintenance.base.DisplayFormats;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.PdfDocuments;
import org.childmaintenance.base.Texts;
import org.childmaintenance.legacy.LegacyTypes.LetterKind;
import org.childmaintenance.legacy.LegacyTypes.Role;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The closure letters as PDFs (base {@link PdfDocuments}): the 6-month notice, the 1-month reminder and
 * the confirmation that the case has ended, each with the facts as they were on the letter's date and
 * what the parent can do next.
 */
final class LegacyLetters {

    private LegacyLetters() {
    }

    static String title(LetterKind kind) {
        return t("legacy.letter." + kind.name() + ".title");
    }

    static String fileName(String legacyReference, LetterKind kind, LocalDate date) {
        return "old-scheme-" + kind.name().toLowerCase(Locale.UK) + "-" + legacyReference + "-" + date + ".pdf";
    }

    /** The letter in the current language ({@link org.childmaintenance.base.Texts#in}). */
    static byte[] pdf(LegacyCase c, LegacyParty to, LegacyLetter l) {
        return PdfDocuments.a4(title(l.kind), doc -> write(doc, c, to, l));
    }

    /**
     * The letter in Welsh and then, from a new page, in English: for a parent with no account whose language the old
     * scheme did not record (issue 17; docs/welsh-glossary.md).
     */
    static byte[] bilingualPdf(LegacyCase c, LegacyParty to, LegacyLetter l) {
        String title = Texts.t(Language.WELSH, "legacy.letter." + l.kind.name() + ".title") + " / "
                + Texts.t(Language.ENGLISH, "legacy.letter." + l.kind.name() + ".title");
        return Texts.in(Language.WELSH, () -> PdfDocuments.a4(title, doc -> {
            write(doc, c, to, l);
            doc.newPage();
            Texts.in(Language.ENGLISH, () -> {
                try {
                    write(doc, c, to, l);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }));
    }

    private static void write(Document doc, LegacyCase c, LegacyParty to, LegacyLetter l) throws Exception {
        String title = title(l.kind);
        String end = DisplayFormats.date(l.liabilityEndDate);
        String start = DisplayFormats.date(l.liabilityEndDate.plusDays(1));
        doc.add(PdfDocuments.paragraph(DisplayFormats.date(l.letterDate)));
        doc.add(PdfDocuments.paragraph(to.fullName));
        doc.add(new org.openpdf.text.Paragraph(title, PdfDocuments.TITLE));
        PdfPTable facts = PdfDocuments.summaryTable();
        PdfDocuments.summaryRow(facts, t("legacy.letter.reference"), c.legacyReference);
        PdfDocuments.summaryRow(facts, t("legacy.letter.scheme"), t("legacy.scheme." + c.scheme.name()));
        PdfDocuments.summaryRow(facts, t("legacy.letter.weekly"), MoneyText.format(l.weeklyAmount));
        PdfDocuments.summaryRow(facts, t("legacy.letter.endDate"), end);
        PdfDocuments.summaryRow(facts, t(to.role == Role.PAYING ? "legacy.letter.arrears.PAYING"
                : "legacy.letter.arrears.RECEIVING"), MoneyText.format(l.arrearsBalance));
        doc.add(facts);
        doc.add(PdfDocuments.paragraph(t("legacy.letter." + l.kind.name() + ".body", end)));
        if (l.kind != LetterKind.ENDED) {
            doc.add(PdfDocuments.paragraph(t("legacy.letter.untilThen")));
        }
        doc.add(PdfDocuments.paragraph(t("legacy.letter.arrearsStay")));
        doc.add(PdfDocuments.heading(t("legacy.letter.next.heading")));
        doc.add(PdfDocuments.paragraph(t("legacy.letter.next.arrangement")));
        doc.add(PdfDocuments.paragraph(t("legacy.letter.next.apply", start)));
        doc.add(PdfDocuments.paragraph(t("legacy.letter.next.none")));
        doc.add(PdfDocuments.heading(t("legacy.letter.online.heading")));
        doc.add(PdfDocuments.paragraph(t("legacy.letter.online.body", c.legacyReference)));
    }
}
