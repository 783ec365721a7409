package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a bank-statement style file of Collect & Pay payments: a header line, then
 * {@code date,case reference,amount,reference} per line. Checks each row on its own; whether the
 * case exists and whether the reference was seen before is for the service to say.
 */
final class PaymentCsv {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern AMOUNT = Pattern.compile("£?\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_-]{2,59}");

    private PaymentCsv() {
    }

    record Row(int line, String rawDate, String caseReference, String rawAmount, String reference, LocalDate date,
               BigDecimal amount, String problemKey) {
        boolean valid() {
            return problemKey == null;
        }
    }

    static List<Row> parse(String content) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].trim();
            if (text.isEmpty() || (i == 0 && text.toLowerCase().startsWith("date"))) {
                continue;
            }
            String[] cells = text.split(",", -1);
            if (cells.length != 4) {
                rows.add(new Row(i + 1, text, "", "", "", null, null, "ledger.import.reason.columns"));
                continue;
            }
            String rawDate = unquote(cells[0]);
            String caseRef = unquote(cells[1]).toUpperCase();
            String rawAmount = unquote(cells[2]);
            String reference = unquote(cells[3]);
            LocalDate date = parseDate(rawDate);
            BigDecimal amount = AMOUNT.matcher(rawAmount).matches()
                    ? Money.of(new BigDecimal(rawAmount.replace("£", "")).setScale(2)) : null;
            String problem = null;
            if (date == null) {
                problem = "ledger.import.reason.date";
            } else if (caseRef.isEmpty()) {
                problem = "ledger.import.reason.caseMissing";
            } else if (amount == null || amount.signum() <= 0) {
                problem = "ledger.import.reason.amount";
            } else if (!REFERENCE.matcher(reference).matches()) {
                problem = "ledger.import.reason.reference";
            }
            rows.add(new Row(i + 1, rawDate, caseRef, rawAmount, reference, date, amount, problem));
        }
        return rows;
    }

    private static LocalDate parseDate(String raw) {
        try {
            return raw.contains("/") ? LocalDate.parse(raw, UK) : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String unquote(String cell) {
        String c = cell.trim();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            c = c.substring(1, c.length() - 1).trim();
        }
        return c;
    }
}
