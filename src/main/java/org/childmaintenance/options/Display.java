package org.childmaintenance.options;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.childmaintenance.base.Texts;

/** How money, dates and the arrangement's choices read to people (pages, PDF and e-mail alike). */
public final class Display {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Display() {
    }

    /** "£1,234.50" */
    public static String pounds(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(amount);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The translated label of an enum value: key prefix + constant name, e.g. "arrangement.frequency.WEEKLY". */
    public static String label(String prefix, Enum<?> value) {
        return value == null ? "" : Texts.t(prefix + value.name());
    }
}
