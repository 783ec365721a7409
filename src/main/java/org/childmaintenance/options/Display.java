package org.childmaintenance.options;

import java.time.LocalDate;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.DisplayFormats;

/** How dates and the arrangement's choices read to people (pages, PDF and e-mail alike); money is {@link org.childmaintenance.base.MoneyText}. */
public final class Display {
    private Display() {
    }

    public static String date(LocalDate date) {
        return DisplayFormats.date(date);
    }

    /** The translated label of an enum value: key prefix + constant name, e.g. "arrangement.frequency.WEEKLY". */
    public static String label(String prefix, Enum<?> value) {
        return value == null ? "" : Texts.t(prefix + value.name());
    }
}
