package org.childmaintenance.ledger.ui;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.ledger.LedgerFormat;
import org.childmaintenance.ledger.LedgerViews.LineStatus;

/** Small shared pieces of the payments pages. */
final class LedgerUi {
    private LedgerUi() {
    }

    /** @see MoneyText#format(BigDecimal) */
    static String money(BigDecimal amount) {
        return MoneyText.format(amount);
    }

    static String date(LocalDate date) {
        return LedgerFormat.date(date);
    }

    static Span tag(String text, String colour) {
        Span tag = new Span(text);
        tag.addClassNames("tag", "tag--" + colour);
        return tag;
    }

    static String colour(LineStatus status) {
        return switch (status) {
            case PAID -> "green";
            case MISSED, REPORTED_MISSED -> "red";
            case PART_PAID, NOT_CONFIRMED -> "yellow";
            case DUE -> "blue";
            case SCHEDULED -> "grey";
        };
    }
}
