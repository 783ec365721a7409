package org.childmaintenance.base;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The one way to set up a PDF (letters, statements, agreements): A4, margins, title and creator,
 * the current language ({@link Texts#language()}: the reader's, for letters), the house fonts, and the document always closed. Callers write only
 * their content.
 */
public final class PdfDocuments {
    /** The page text colour (UX.md §6 {@code --app-text}). */
    public static final Color TEXT = new Color(0x1b, 0x1d, 0x1f);
    public static final Color TABLE_HEADER_FILL = new Color(0xe8, 0xea, 0xec);
    public static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, TEXT);
    public static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, TEXT);
    public static final Font BODY = new Font(Font.HELVETICA, 11, Font.NORMAL, TEXT);
    public static final Font BOLD = new Font(Font.HELVETICA, 11, Font.BOLD, TEXT);
    /** For wide tables (statements). */
    public static final Font SMALL = new Font(Font.HELVETICA, 10, Font.NORMAL, TEXT);
    public static final Font SMALL_BOLD = new Font(Font.HELVETICA, 10, Font.BOLD, TEXT);
    private static final float MARGIN = 50;

    private PdfDocuments() {
    }

    /** What goes on the pages. */
    @FunctionalInterface
    public interface Content {
        void write(Document doc) throws Exception;
    }

    /** An A4 portrait document. */
    public static byte[] a4(String title, Content content) {
        return render(PageSize.A4, MARGIN, title, content);
    }

    /** An A4 landscape document, for wide tables. */
    public static byte[] a4Landscape(String title, Content content) {
        return render(PageSize.A4.rotate(), 36, title, content);
    }

    /** Writes a document; any failure is an {@link IllegalStateException} (nothing half-written is returned). */
    public static byte[] render(Rectangle pageSize, float margin, String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(pageSize, margin, margin, margin, margin);
        Exception failure = null;
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(Texts.language().tag()));
            doc.addTitle(title);
            doc.addCreator(Texts.t("service.name"));
            doc.open();
            content.write(doc);
        } catch (Exception e) {
            failure = e;
        }
        try {
            if (doc.isOpen()) {
                doc.close();
            }
        } catch (RuntimeException e) {
            // Closing after a failure usually fails too ("no pages"): keep the first cause.
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw new IllegalStateException("Could not write the PDF \"" + title + "\"", failure);
        }
        return out.toByteArray();
    }

    /** A body paragraph with a little space above. */
    public static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setSpacingBefore(6);
        return p;
    }

    /** A section heading with space above and below. */
    public static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        return p;
    }

    /** A two-column "question | answer" table across the page (like a summary list). */
    public static PdfPTable summaryTable() {
        PdfPTable t = new PdfPTable(new float[] {2, 3});
        t.setWidthPercentage(100);
        return t;
    }

    /** A row of a {@link #summaryTable()}: key in bold; a null value is left empty. */
    public static void summaryRow(PdfPTable table, String key, String value) {
        PdfPCell k = new PdfPCell(new Phrase(key, BOLD));
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, BODY));
        for (PdfPCell c : new PdfPCell[] {k, v}) {
            c.setPadding(5);
            c.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(c);
        }
    }
}
