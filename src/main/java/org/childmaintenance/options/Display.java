package org.childmaintenance.options;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.childmaintenance.base.Texts;

/** How dates and the arrangement's choices read to people (pages, PDF and e-mail alike); money is {@link org.childmaintenance.base.MoneyText}. */
public final class Display {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Display() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The translated label of an enum value: key prefix + constant name, e.g. "arrangement.frequency.WEEKLY". */
    public static String label(String prefix, Enum<?> value) {
        return value == null ? "" : Texts.t(prefix + value.name());
    }
}
