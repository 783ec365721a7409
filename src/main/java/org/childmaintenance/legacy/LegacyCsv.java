package org.childmaintenance.legacy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.legacy.LegacyTypes.CollectionMethod;
import org.childmaintenance.legacy.LegacyTypes.Scheme;
import org.childmaintenance.legacy.LegacyViews.RowProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads casework's file of old-scheme cases (RFC 4180 CSV with a header line naming the columns, in
 * any order; docs/legacy-case-import.md). Every row is checked column by column and every problem is
 * reported with its line and column; nothing is skipped silently. Plain Java: whether a reference was
 * imported before is for the service to say.
 */
final class LegacyCsv {
    static final String REFERENCE = "legacy_reference";
    /** The columns, in the order the documentation lists them. */
    static final List<String> COLUMNS = List.of(REFERENCE, "scheme", "paying_parent_name",
            "paying_parent_date_of_birth", "paying_parent_email", "receiving_parent_name",
            "receiving_parent_date_of_birth", "receiving_parent_email", "children", "weekly_amount",
            "collection_method", "arrears_balance", "enforcement", "clerical", "paying_parent_language",
            "receiving_parent_language");
    static final Set<String> OPTIONAL = Set.of("paying_parent_email", "receiving_parent_email", "clerical",
            "paying_parent_language", "receiving_parent_language");
    static final int MAX_ROWS = 10_000;
    static final int MAX_CHILDREN = 10;
    static final BigDecimal MAX_WEEKLY = new BigDecimal("10000.00");
    private static final Pattern REF = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    private LegacyCsv() {
    }

    /** {@code language}: the one the old scheme recorded (issue 17), null when it did not. */
    record Parent(String name, LocalDate dateOfBirth, @Nullable String email, @Nullable Language language) {
    }

    record Child(String name, LocalDate dateOfBirth) {
    }

    /** A row that passed every check. */
    record Row(int line, String reference, Scheme scheme, Parent paying, Parent receiving, List<Child> children,
               BigDecimal weeklyAmount, CollectionMethod method, BigDecimal arrears, boolean enforcement,
               boolean clerical) {
    }

    /** The file read: the good rows, every problem, and how many data rows there were. */
    record Parsed(List<Row> rows, List<RowProblem> problems, int rowCount) {
    }

    static Parsed parse(String content, LocalDate today) {
        String text = content.replace("\uFEFF", "");
        List<Row> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        Map<String, Integer> index = null;
        int count = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(problem((int) parser.getCurrentLineNumber() + 1, "", "legacy.import.problem.quotes"));
                    break;
                }
                int line = lineOf(text, r.getCharacterPosition());
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue;
                }
                if (index == null) {
                    index = header(r, line, problems);
                    if (index == null) {
                        return new Parsed(List.of(), problems, 0);
                    }
                    continue;
                }
                if (++count > MAX_ROWS) {
                    problems.add(problem(line, "", "legacy.import.problem.tooManyRows", Integer.toString(MAX_ROWS)));
                    break;
                }
                Row row = row(r, line, index, today, problems);
                if (row != null) {
                    Integer earlier = firstLineOf.putIfAbsent(row.reference(), line);
                    if (earlier != null) {
                        problems.add(problem(line, REFERENCE, "legacy.import.problem.duplicateInFile", earlier.toString()));
                    } else {
                        rows.add(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (index == null) {
            problems.add(problem(1, "", "legacy.import.problem.noHeader"));
        }
        return new Parsed(rows, problems, count);
    }

    /** Column name → position; null (with problems) if a column is missing, unknown or repeated. */
    private static @Nullable Map<String, Integer> header(CSVRecord r, int line, List<RowProblem> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            String name = r.get(i).toLowerCase(Locale.UK).replace(' ', '_');
            if (!COLUMNS.contains(name)) {
                problems.add(problem(line, r.get(i), "legacy.import.problem.unknownColumn"));
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(problem(line, name, "legacy.import.problem.repeatedColumn"));
            }
        }
        for (String c : COLUMNS) {
            if (!index.containsKey(c) && !OPTIONAL.contains(c)) {
                problems.add(problem(line, c, "legacy.import.problem.missingColumn"));
            }
        }
        return problems.isEmpty() ? index : null;
    }

    private static @Nullable Row row(CSVRecord r, int line, Map<String, Integer> index, LocalDate today,
                                     List<RowProblem> problems) {
        int before = problems.size();
        Cells cells = new Cells(r, line, index, problems);
        String reference = cells.required(REFERENCE).toUpperCase(Locale.UK);
        if (!reference.isEmpty() && !REF.matcher(reference).matches()) {
            cells.wrong(REFERENCE, "legacy.import.problem.reference");
        }
        Scheme scheme = switch (cells.required("scheme")) {
            case "" -> null;
            case "1993" -> Scheme.S1993;
            case "2003" -> Scheme.S2003;
            default -> cells.wrong("scheme", "legacy.import.problem.scheme");
        };
        Parent paying = parent(cells, "paying_parent", today);
        Parent receiving = parent(cells, "receiving_parent", today);
        if (paying != null && receiving != null && paying.email() != null && paying.email().equals(receiving.email())) {
            cells.wrong("receiving_parent_email", "legacy.import.problem.sameEmail");
        }
        List<Child> children = children(cells, today);
        BigDecimal weekly = money(cells, "weekly_amount", MAX_WEEKLY);
        BigDecimal arrears = money(cells, "arrears_balance", MoneyText.MAX);
        CollectionMethod method = null;
        String m = cells.required("collection_method").toUpperCase(Locale.UK);
        if (!m.isEmpty()) {
            try {
                method = CollectionMethod.valueOf(m);
            } catch (IllegalArgumentException e) {
                cells.wrong("collection_method", "legacy.import.problem.method");
            }
        }
        Boolean enforcement = yesNo(cells, "enforcement", cells.required("enforcement"));
        Boolean clerical = yesNo(cells, "clerical", cells.optional("clerical"));
        if (problems.size() > before) {
            return null;
        }
        return new Row(line, reference, scheme, paying, receiving, children, weekly, method, arrears, enforcement,
                clerical != null && clerical);
    }

    private static @Nullable Parent parent(Cells cells, String prefix, LocalDate today) {
        String name = cells.required(prefix + "_name");
        if (name.length() > 200 || !printable(name)) {
            cells.wrong(prefix + "_name", "legacy.import.problem.name");
        }
        LocalDate dob = date(cells, prefix + "_date_of_birth", today.minusYears(120), today.minusYears(12));
        String email = cells.optional(prefix + "_email").toLowerCase(Locale.UK);
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            cells.wrong(prefix + "_email", "legacy.import.problem.email");
        }
        String lang = cells.optional(prefix + "_language").toLowerCase(Locale.UK);
        Language language = switch (lang) {
            case "" -> null;
            case "en", "english", "saesneg" -> Language.ENGLISH;
            case "cy", "welsh", "cymraeg" -> Language.WELSH;
            default -> cells.wrong(prefix + "_language", "legacy.import.problem.language");
        };
        return name.isEmpty() || dob == null ? null : new Parent(name, dob, email.isEmpty() ? null : email, language);
    }

    /** {@code Name|YYYY-MM-DD}, several separated by semicolons. */
    private static List<Child> children(Cells cells, LocalDate today) {
        String raw = cells.required("children");
        List<Child> out = new ArrayList<>();
        if (raw.isEmpty()) {
            return out;
        }
        String[] parts = raw.split(";", -1);
        if (parts.length > MAX_CHILDREN) {
            cells.wrong("children", "legacy.import.problem.tooManyChildren");
            return out;
        }
        for (String part : parts) {
            String[] nameAndDate = part.split("\\|", -1);
            LocalDate dob = nameAndDate.length == 2 ? parseDate(nameAndDate[1].strip()) : null;
            String name = nameAndDate[0].strip();
            if (nameAndDate.length != 2 || name.isEmpty() || name.length() > 200 || !printable(name) || dob == null) {
                cells.wrong("children", "legacy.import.problem.children");
                return out;
            }
            if (dob.isAfter(today) || dob.isBefore(today.minusYears(20))) {
                cells.wrong("children", "legacy.import.problem.childAge");
                return out;
            }
            out.add(new Child(name, dob));
        }
        return out;
    }

    private static @Nullable BigDecimal money(Cells cells, String column, BigDecimal max) {
        String raw = cells.required(column);
        if (raw.isEmpty()) {
            return null;
        }
        BigDecimal amount = MoneyText.tryParse(raw).orElse(null);
        if (amount == null || amount.compareTo(max) > 0) {
            cells.wrong(column, "legacy.import.problem.money");
            return null;
        }
        return amount;
    }

    private static @Nullable LocalDate date(Cells cells, String column, LocalDate earliest, LocalDate latest) {
        String raw = cells.required(column);
        if (raw.isEmpty()) {
            return null;
        }
        LocalDate d = parseDate(raw);
        if (d == null) {
            return cells.wrong(column, "legacy.import.problem.date");
        }
        if (d.isBefore(earliest) || d.isAfter(latest)) {
            return cells.wrong(column, "legacy.import.problem.dateOfBirth");
        }
        return d;
    }

    private static @Nullable Boolean yesNo(Cells cells, String column, String raw) {
        return switch (raw.toLowerCase(Locale.UK)) {
            case "" -> null;
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> cells.wrong(column, "legacy.import.problem.yesNo");
        };
    }

    private static @Nullable LocalDate parseDate(String raw) {
        try {
            return raw.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(raw) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean printable(String s) {
        return s.codePoints().noneMatch(Character::isISOControl);
    }

    private static RowProblem problem(int line, String column, String key, String... args) {
        return new RowProblem(line, column, key, List.of(args));
    }

    /** The cells of one row by column name, collecting the row's problems. */
    private record Cells(CSVRecord r, int line, Map<String, Integer> index, List<RowProblem> problems) {
        String optional(String column) {
            Integer i = index.get(column);
            return i == null || i >= r.size() ? "" : r.get(i);
        }

        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                problems.add(problem(line, column, "legacy.import.problem.missing"));
            }
            return value;
        }

        <T> @Nullable T wrong(String column, String key) {
            problems.add(problem(line, column, key));
            return null;
        }
    }

    /** The 1-based line a record starts on (a quoted cell may run over several lines). */
    private static int lineOf(String text, long position) {
        int start = (int) Math.min(position, text.length());
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++;
        }
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
