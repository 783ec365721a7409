package org.childmaintenance.ledger;

import static org.childmaintenance.base.Texts.t;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.PdfDocuments;
import org.childmaintenance.ledger.LedgerViews.Statement;
import org.childmaintenance.ledger.LedgerViews.StatementLine;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** A statement as a PDF (OpenPDF) or a CSV file, with the same lines and totals as the page. */
public final class StatementDocuments {
    private StatementDocuments() {
    }

    public static String fileName(Statement s, String extension) {
        return "statement-" + s.caseReference() + "-" + s.from() + "-to-" + s.to() + "." + extension;
    }

    private static boolean receiving(Statement s) {
        return s.viewer() == Viewer.RECEIVING;
    }

    private static String[] headers(Statement s) {
        return receiving(s)
                ? new String[] {t("ledger.statement.date"), t("ledger.statement.what"), t("ledger.statement.rp.increase"),
                        t("ledger.statement.rp.decrease"), t("ledger.statement.rp.fee"), t("ledger.statement.rp.balance")}
                : new String[] {t("ledger.statement.date"), t("ledger.statement.what"), t("ledger.statement.pp.increase"),
                        t("ledger.statement.pp.decrease"), t("ledger.statement.reference"), t("ledger.statement.pp.balance")};
    }

    private static String[] cells(Statement s, StatementLine l) {
        return new String[] {LedgerFormat.date(l.date()), t("ledger.tx." + l.type().name()), money(l.increase()),
                money(l.decrease()), receiving(s) ? money(l.feeDeducted()) : nullToEmpty(l.reference()), MoneyText.format(l.balance())};
    }

    public static byte[] pdf(Statement s) {
        return PdfDocuments.a4Landscape(t("ledger.statement.title", s.caseReference()), doc -> {
            Font body = PdfDocuments.SMALL;
            Font bold = PdfDocuments.SMALL_BOLD;
            doc.add(new Paragraph(t("ledger.statement.title", s.caseReference()), PdfDocuments.TITLE));
            doc.add(new Paragraph(t("ledger.statement.period", LedgerFormat.date(s.from()), LedgerFormat.date(s.to())), body));
            doc.add(new Paragraph(t(receiving(s) ? "ledger.statement.rp.explain" : "ledger.statement.pp.explain"), body));
            doc.add(new Paragraph(t("ledger.statement.opening", MoneyText.format(s.opening())), bold));
            String[] headers = headers(s);
            PdfPTable table = new PdfPTable(headers.length);
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String h : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(h, bold));
                cell.setBackgroundColor(PdfDocuments.TABLE_HEADER_FILL);
                table.addCell(cell);
            }
            for (StatementLine l : s.lines()) {
                String[] cells = cells(s, l);
                for (int i = 0; i < cells.length; i++) {
                    PdfPCell cell = new PdfPCell(new Phrase(cells[i], body));
                    if (i >= 2 && !(i == 4 && !receiving(s))) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            doc.add(table);
            doc.add(new Paragraph(t(receiving(s) ? "ledger.statement.rp.totals" : "ledger.statement.pp.totals",
                    MoneyText.format(s.totalIncrease()), MoneyText.format(s.totalDecrease())), bold));
            doc.add(new Paragraph(t("ledger.statement.closing", MoneyText.format(s.closing())), bold));
        });
    }

    public static byte[] csv(Statement s) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", headers(s))).append("\r\n");
        b.append(",").append(quote(t("ledger.statement.openingLabel"))).append(",,,,").append(plain(s.opening())).append("\r\n");
        for (StatementLine l : s.lines()) {
            b.append(l.date()).append(',').append(quote(t("ledger.tx." + l.type().name()))).append(',')
                    .append(plain(l.increase())).append(',').append(plain(l.decrease())).append(',')
                    .append(receiving(s) ? plain(l.feeDeducted()) : quote(nullToEmpty(l.reference()))).append(',')
                    .append(plain(l.balance())).append("\r\n");
        }
        b.append(",").append(quote(t("ledger.statement.closingLabel"))).append(',').append(plain(s.totalIncrease()))
                .append(',').append(plain(s.totalDecrease())).append(",,").append(plain(s.closing())).append("\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String money(BigDecimal amount) {
        return amount.signum() == 0 ? "" : MoneyText.format(amount);
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Quotes a cell, and stops a spreadsheet reading it as a formula. */
    static String quote(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
