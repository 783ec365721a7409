package org.childmaintenance.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.childmaintenance.base.MoneyText;

/**
 * Reads a bank-statement style file of Collect & Pay payments with Apache Commons CSV (RFC 4180:
 * quoted cells may hold commas, as in "1,250.00"): an optional header line, then
 * {@code date,case reference,amount,reference} per line. Every row comes back, valid or with the
 * reason it is wrong and the line it starts on; nothing is skipped silently. Whether the case exists
 * and whether the reference was seen before is for the service to say.
 */
final class PaymentCsv {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_-]{2,59}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    private PaymentCsv() {
    }

    record Row(int line, String rawDate, String caseReference, String rawAmount, String reference, LocalDate date,
               BigDecimal amount, String problemKey) {
        boolean valid() {
            return problemKey == null;
        }
    }

    static List<Row> parse(String content) {
        String text = content.replace("\uFEFF", "");
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean first = true;
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // e.g. a quote never closed: the rest of the file cannot be read as rows
                    int line = (int) parser.getCurrentLineNumber() + 1;
                    rows.add(new Row(line, "", "", "", "", null, null, "ledger.import.reason.quotes"));
                    break;
                }
                int line = lineOf(text, r.getCharacterPosition());
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue; // a line of spaces only
                }
                if (first && r.get(0).toLowerCase(Locale.UK).startsWith("date")) {
                    first = false;
                    continue; // the header
                }
                first = false;
                rows.add(row(line, r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Row row(int line, CSVRecord r) {
        if (r.size() != 4) {
            String raw = String.join(",", r.toList());
            return new Row(line, raw, "", "", "", null, null, "ledger.import.reason.columns");
        }
        String rawDate = r.get(0);
        String caseRef = r.get(1).toUpperCase(Locale.UK);
        String rawAmount = r.get(2);
        String reference = r.get(3);
        LocalDate date = parseDate(rawDate);
        // 120, 120.5, 1250.00, 1,250.00, £1,250.00; anything else is a row with the amount reason
        BigDecimal amount = MoneyText.tryParse(rawAmount).orElse(null);
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
        return new Row(line, rawDate, caseRef, rawAmount, reference, date, amount, problem);
    }

    /** The 1-based line a record starts on (a quoted cell may run over several lines). */
    private static int lineOf(String text, long position) {
        int start = (int) Math.min(position, text.length());
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++; // the parser's position can be at the empty lines it skipped before the record
        }
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static LocalDate parseDate(String raw) {
        try {
            return raw.contains("/") ? LocalDate.parse(raw, UK) : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
