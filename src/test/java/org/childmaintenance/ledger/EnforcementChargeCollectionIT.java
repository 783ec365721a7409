package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.ledger.LedgerFixture.signIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** LC-8.4 in the ledger: enforcement charges are collected only after maintenance and arrears, and can be waived. */
@PortalTest
class EnforcementChargeCollectionIT {
    @Autowired LedgerService ledger;
    @Autowired LedgerQueries queries;
    @Autowired LedgerFixture fixture;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void a_payment_clears_maintenance_and_fees_before_the_enforcement_charge_and_the_rest_of_the_charge_is_waived_to_the_penny() {
        LocalDate due = LocalDate.of(2035, 10, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "100.00");
        fixture.nightOf(due);
        signIn(fixture.caseworker());
        ledger.chargeEnforcement(c.caseId(), EnforcementCharge.DEDUCTION_FROM_EARNINGS_ORDER, "deo-lc84");
        Balances owed = queries.balances(c.caseId());
        assertThat(owed.of(LedgerAccount.PP_MAINTENANCE)).isEqualByComparingTo("100.00");
        assertThat(owed.of(LedgerAccount.PP_FEES)).as("20 % collection fee").isEqualByComparingTo("20.00");
        assertThat(owed.of(LedgerAccount.PP_CHARGES)).isEqualByComparingTo("50.00");

        ledger.postPayment(c.reference(), due, new BigDecimal("90.01"), LedgerServiceIT.ref());
        Balances first = queries.balances(c.caseId());
        assertThat(first.of(LedgerAccount.PP_MAINTENANCE)).as("all of it to maintenance").isEqualByComparingTo("9.99");
        assertThat(first.of(LedgerAccount.PP_FEES)).isEqualByComparingTo("20.00");
        assertThat(first.of(LedgerAccount.PP_CHARGES)).as("nothing to the charge yet").isEqualByComparingTo("50.00");
        assertThat(first.of(LedgerAccount.HELD_FOR_RP).negate()).isEqualByComparingTo("90.01");

        ledger.postPayment(c.reference(), due, new BigDecimal("50.00"), LedgerServiceIT.ref());
        Balances second = queries.balances(c.caseId());
        assertThat(second.of(LedgerAccount.PP_MAINTENANCE)).isEqualByComparingTo("0");
        assertThat(second.of(LedgerAccount.PP_FEES)).isEqualByComparingTo("0");
        assertThat(second.of(LedgerAccount.PP_CHARGES)).as("£50.00 - £9.99 - £20.00 = £20.01 to the charge")
                .isEqualByComparingTo("29.99");
        assertThat(second.of(LedgerAccount.HELD_FOR_RP).negate()).as("the charge is not the receiving parent's")
                .isEqualByComparingTo("100.00");

        ledger.writeOff(c.caseId(), PostingRules.WriteOffTarget.CHARGES, new BigDecimal("29.99"),
                "LC-8.4: a second order was needed only because the paying parent changed employer", "waive-lc84");
        Balances after = queries.balances(c.caseId());
        assertThat(after.of(LedgerAccount.PP_CHARGES)).isEqualByComparingTo("0");
        assertThat(after.total()).as("the ledger balances").isEqualByComparingTo("0");
    }
}
