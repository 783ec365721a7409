package org.childmaintenance.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A date people know by heart (date of birth): Day, Month, Year boxes (UX.md §2), not a picker.
 * Accepts month names in English or Welsh ("jan", "March", "Mawrth"). {@link #problemKey()} says what is wrong, if anything,
 * so the page can show a specific message; only the wrong part is marked.
 */
public class MemorableDateField extends CustomField<LocalDate> {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            // Welsh month names (Ionawr, Chwefror, Mawrth, ...): no three-letter start clashes with an English one.
            Map.entry("ion", 1), Map.entry("chw", 2), Map.entry("maw", 3), Map.entry("ebr", 4), Map.entry("mai", 5),
            Map.entry("meh", 6), Map.entry("gor", 7), Map.entry("aws", 8), Map.entry("med", 9), Map.entry("hyd", 10),
            Map.entry("tac", 11), Map.entry("rha", 12));
    private final TextField day = part("day", "3em");
    private final TextField month = part("month", "3em");
    private final TextField year = part("year", "5em");
    private boolean settingParts;

    public MemorableDateField(String id, String label, String hint, boolean birthday) {
        setId(id);
        setLabel(label);
        if (hint != null) {
            setHelperText(hint);
        }
        addThemeName("helper-above-field");
        day.setLabel(getTranslation("date.day"));
        month.setLabel(getTranslation("date.month"));
        year.setLabel(getTranslation("date.year"));
        if (birthday) {
            day.getElement().setAttribute("autocomplete", "bday-day");
            month.getElement().setAttribute("autocomplete", "bday-month");
            year.getElement().setAttribute("autocomplete", "bday-year");
        }
        // Keep the field's value in step with its parts on the server too (not only on the client's change event).
        day.addValueChangeListener(e -> syncFromParts());
        month.addValueChangeListener(e -> syncFromParts());
        year.addValueChangeListener(e -> syncFromParts());
        Div row = new Div(day, month, year);
        row.addClassName("date-input");
        add(row);
    }

    private TextField part(String name, String width) {
        TextField f = new TextField();
        f.setId(getId().orElse("date") + "-" + name);
        f.setWidth(width);
        f.getElement().setAttribute("inputmode", "numeric");
        f.addClassName("date-input__" + name);
        return f;
    }

    @Override
    public void setId(String id) {
        super.setId(id);
        day.setId(id + "-day");
        month.setId(id + "-month");
        year.setId(id + "-year");
    }

    public TextField dayField() { return day; }
    public TextField monthField() { return month; }
    public TextField yearField() { return year; }

    @Override
    protected LocalDate generateModelValue() {
        return parse().orElse(null);
    }

    private void syncFromParts() {
        if (!settingParts) {
            updateValue();
        }
    }

    @Override
    protected void setPresentationValue(LocalDate value) {
        settingParts = true;
        try {
            setParts(value);
        } finally {
            settingParts = false;
        }
    }

    private void setParts(LocalDate value) {
        day.setValue(value == null ? "" : Integer.toString(value.getDayOfMonth()));
        month.setValue(value == null ? "" : Integer.toString(value.getMonthValue()));
        year.setValue(value == null ? "" : Integer.toString(value.getYear()));
    }

    /** Whether nothing was typed at all. */
    public boolean isBlank() {
        return day.getValue().isBlank() && month.getValue().isBlank() && year.getValue().isBlank();
    }

    /** The translation key of what is wrong with the typed date, or empty if it is a real date. */
    public Optional<String> problemKey() {
        if (isBlank()) {
            return Optional.of("date.error.missing");
        }
        if (day.getValue().isBlank()) {
            return Optional.of("date.error.day");
        }
        if (month.getValue().isBlank()) {
            return Optional.of("date.error.month");
        }
        if (year.getValue().isBlank()) {
            return Optional.of("date.error.year");
        }
        if (!year.getValue().trim().matches("\\d{4}")) {
            return Optional.of("date.error.yearFormat");
        }
        return parse().isPresent() ? Optional.empty() : Optional.of("date.error.real");
    }

    private Optional<LocalDate> parse() {
        try {
            int d = Integer.parseInt(day.getValue().trim());
            Integer m = monthNumber(month.getValue().trim());
            int y = Integer.parseInt(year.getValue().trim());
            if (m == null || y < 1000 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, m, d));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Integer monthNumber(String text) {
        if (text.matches("\\d{1,2}")) {
            return Integer.parseInt(text);
        }
        String key = text.length() >= 3 ? text.substring(0, 3).toLowerCase(Locale.UK) : text.toLowerCase(Locale.UK);
        return MONTHS.get(key);
    }

    /**
     * The part an error link should focus (UX.md §3.5): the first part marked wrong, else Day.
     */
    public TextField firstWrongPart() {
        if (month.isInvalid() && !day.isInvalid()) {
            return month;
        }
        return year.isInvalid() && !day.isInvalid() && !month.isInvalid() ? year : day;
    }

    /**
     * Marks the field invalid with its one message, shown above the three boxes (GOV.UK's date
     * input), and marks the wrong part(s) red without a message of their own.
     */
    public void showError(String message, String problemKey) {
        setErrorMessage(message);
        setInvalid(true);
        day.setInvalid("date.error.day".equals(problemKey) || "date.error.missing".equals(problemKey)
                || "date.error.real".equals(problemKey));
        month.setInvalid("date.error.month".equals(problemKey) || "date.error.missing".equals(problemKey));
        year.setInvalid(problemKey != null && problemKey.startsWith("date.error.year")
                || "date.error.missing".equals(problemKey));
    }

    public void clearError() {
        setInvalid(false);
        setErrorMessage(null);
        day.setInvalid(false);
        month.setInvalid(false);
        year.setInvalid(false);
    }
}
