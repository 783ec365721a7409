package org.childmaintenance.legacy.ui;

import java.time.LocalDate;

/** The pages' date format, for assertions. */
final class LegacyUiDates {
    private LegacyUiDates() {
    }

    static String date(LocalDate d) {
        return LegacyUi.date(d);
    }
}
