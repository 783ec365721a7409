package org.childmaintenance.options;

import java.math.BigDecimal;
import java.util.Optional;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.SecureCodes;

/**
 * Old names kept while {@link ArrangementService} still calls them: use {@link SecureCodes} and
 * {@link MoneyText} directly in new code.
 */
final class Codes {
    private Codes() {
    }

    /** @see SecureCodes#newCode() */
    static String newCode() {
        return SecureCodes.newCode();
    }

    /** @see SecureCodes#normalise(String) */
    static String normalise(String code) {
        return SecureCodes.normalise(code);
    }

    /** @see SecureCodes#sha256(String) */
    static String sha256(String value) {
        return SecureCodes.sha256(value);
    }

    /** @see MoneyText#tryParse(String) */
    static Optional<BigDecimal> money(String text) {
        return MoneyText.tryParse(text);
    }
}
