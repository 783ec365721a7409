package org.childmaintenance.ledger;

import java.time.LocalDate;

/** Dates as people read them ("1 March 2026" / "1 Mawrth 2026"), for mails and statements: {@link org.childmaintenance.base.DisplayFormats}. */
public final class LedgerFormat {

    private LedgerFormat() {
    }

    public static String date(LocalDate date) {
        return org.childmaintenance.base.DisplayFormats.date(date);
    }
}
