package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Old-scheme arrears in the posting rules (issue 16): moving them in balances, and a payment pays
 * ongoing maintenance first, old-scheme arrears next, then collection fees and enforcement charges.
 */
class LegacyArrearsPostingTest {
    static final LocalDate DAY = LocalDate.of(2031, 4, 1);

    private static Balances owing(String maintenance, String legacy, String fees, String charges) {
        return new Balances(Map.of(LedgerAccount.PP_MAINTENANCE, Money.of(maintenance),
                LedgerAccount.LEGACY_PP_ARREARS, Money.of(legacy), LedgerAccount.PP_FEES, Money.of(fees),
                LedgerAccount.PP_CHARGES, Money.of(charges)));
    }

    private static BigDecimal paid(Posting p, LedgerAccount account) {
        return p.amountOn(account).negate();
    }

    @Test
    void moving_old_scheme_arrears_in_is_owed_by_the_paying_parent_and_to_the_receiving_parent() {
        Posting p = PostingRules.legacyArrearsMovedIn("CS2003-1", DAY, Money.of("1240.00"));
        assertThat(p.amountOn(LedgerAccount.LEGACY_PP_ARREARS)).isEqualByComparingTo("1240.00");
        assertThat(p.amountOn(LedgerAccount.LEGACY_RP_OWED)).isEqualByComparingTo("-1240.00");
        assertThat(p.amountOn(LedgerAccount.PP_MAINTENANCE)).as("apart from new-scheme arrears").isZero();
        assertThat(p.idempotencyKey()).isEqualTo("legacy-arrears:CS2003-1");
        assertThatThrownBy(() -> PostingRules.legacyArrearsMovedIn("CS2003-1", DAY, Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_payment_pays_ongoing_maintenance_before_old_scheme_arrears_and_those_before_fees_and_charges() {
        Posting small = PostingRules.paymentReceived("P1", DAY, Money.of("150.00"), owing("100.00", "500.00", "20.00", "50.00"));
        assertThat(paid(small, LedgerAccount.PP_MAINTENANCE)).isEqualByComparingTo("100.00");
        assertThat(paid(small, LedgerAccount.LEGACY_PP_ARREARS)).isEqualByComparingTo("50.00");
        assertThat(paid(small, LedgerAccount.PP_FEES)).isZero();
        assertThat(paid(small, LedgerAccount.HELD_FOR_RP)).as("both parts are passed on").isEqualByComparingTo("150.00");

        Posting big = PostingRules.paymentReceived("P2", DAY, Money.of("700.00"), owing("100.00", "500.00", "20.00", "50.00"));
        assertThat(paid(big, LedgerAccount.LEGACY_PP_ARREARS)).isEqualByComparingTo("500.00");
        assertThat(paid(big, LedgerAccount.PP_FEES)).isEqualByComparingTo("20.00");
        assertThat(paid(big, LedgerAccount.PP_CHARGES)).isEqualByComparingTo("50.00");
        assertThat(paid(big, LedgerAccount.PP_MAINTENANCE)).as("the rest is maintenance paid in advance")
                .isEqualByComparingTo("130.00");
    }

    @Test
    void any_payment_balances_and_reaches_old_scheme_arrears_only_once_maintenance_owed_is_paid() {
        qt().forAll(LedgerPropertiesTest.money(), LedgerPropertiesTest.money(), LedgerPropertiesTest.money(),
                LedgerPropertiesTest.money()).checkAssert((pay, maintenance, legacy, fees) -> {
            Balances before = new Balances(Map.of(LedgerAccount.PP_MAINTENANCE, maintenance,
                    LedgerAccount.LEGACY_PP_ARREARS, legacy, LedgerAccount.PP_FEES, fees));
            Posting p = PostingRules.paymentReceived("Q", DAY, pay, before);
            assertThat(p.entries().stream().map(Posting.Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
            BigDecimal toLegacy = paid(p, LedgerAccount.LEGACY_PP_ARREARS);
            assertThat(toLegacy).isBetween(BigDecimal.ZERO, legacy);
            if (toLegacy.signum() > 0) {
                assertThat(paid(p, LedgerAccount.PP_MAINTENANCE)).isGreaterThanOrEqualTo(maintenance);
            }
            if (paid(p, LedgerAccount.PP_FEES).signum() > 0) {
                assertThat(toLegacy).isEqualByComparingTo(legacy);
            }
        });
    }
}
