package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the ledger keeps the service's own transaction descriptions in English (old rows as well as new) and shows
 * them in the reader's language; a reason a caseworker typed is shown as typed.
 */
class LedgerTextsTest {

    private static String inWelsh(TxType type, String kept) {
        return Texts.in(Language.WELSH, () -> LedgerTexts.description(type, kept));
    }

    private static String inEnglish(TxType type, String kept) {
        return Texts.in(Language.ENGLISH, () -> LedgerTexts.description(type, kept));
    }

    @Test
    void the_services_own_descriptions_read_in_welsh_and_stay_as_kept_in_english() {
        // As rows written before this change hold them (plain English strings).
        assertThat(inWelsh(TxType.ADJUSTMENT, "Revision: Revision of decision 42")).isEqualTo("Diwygiad: Diwygio penderfyniad 42");
        assertThat(inEnglish(TxType.ADJUSTMENT, "Revision: Revision of decision 42")).isEqualTo("Revision: Revision of decision 42");
        assertThat(inWelsh(TxType.CONSOLATORY_PAYMENT, "Consolatory payment, complaint CMP-1234"))
                .isEqualTo("Taliad cysur, cwyn CMP-1234");
        assertThat(inWelsh(TxType.REVERSAL, "Enforcement action made in error: wrong employer"))
                .isEqualTo("Camau gorfodi a gymerwyd drwy gamgymeriad: wrong employer");
        assertThat(inWelsh(TxType.ENFORCEMENT_CHARGE, "LIABILITY_ORDER")).isEqualTo("Tâl am orchymyn atebolrwydd");
        assertThat(inEnglish(TxType.ENFORCEMENT_CHARGE, "LIABILITY_ORDER")).isEqualTo("Charge for a liability order");
    }

    @Test
    void a_typed_reason_or_a_reference_is_shown_as_it_is() {
        assertThat(inWelsh(TxType.WRITE_OFF, "Agreed with both parents on the phone")).isEqualTo("Agreed with both parents on the phone");
        assertThat(inWelsh(TxType.LEGACY_ARREARS_MOVED_IN, "CS2003-418270")).isEqualTo("CS2003-418270");
        assertThat(inWelsh(TxType.ADJUSTMENT, null)).isEmpty();
        assertThat(inWelsh(TxType.ADJUSTMENT, "Revision: annual review")).isEqualTo("Diwygiad: annual review");
    }

    @Test
    void descriptions_are_kept_in_english_whatever_the_language_of_the_page_that_caused_them() {
        assertThat(Texts.in(Language.WELSH, () -> LedgerTexts.kept(LedgerTexts.CONSOLATORY, "CMP-9")))
                .isEqualTo("Consolatory payment, complaint CMP-9");
        assertThat(Texts.in(Language.WELSH, () -> LedgerTexts.kept(LedgerTexts.DECISION, "1234567")))
                .as("no digit grouping in a kept id").isEqualTo("Revision of decision 1234567");
        assertThat(RevisionAdjustments.PREFIX).as("how later revisions find earlier ones").isEqualTo("Revision: ");
    }

    @Test
    void every_charge_account_and_transaction_type_has_a_welsh_name() {
        for (EnforcementCharge c : EnforcementCharge.values()) {
            assertThat(Texts.has(Language.WELSH, "ledger.charge." + c.name())).as(c.name()).isTrue();
        }
        for (LedgerAccount a : LedgerAccount.values()) {
            assertThat(Texts.in(Language.WELSH, () -> LedgerTexts.account(a)))
                    .isNotEqualTo(Texts.in(Language.ENGLISH, () -> LedgerTexts.account(a)));
        }
        for (TxType t : TxType.values()) {
            assertThat(Texts.has(Language.WELSH, "ledger.tx." + t.name())).as(t.name()).isTrue();
        }
    }
}
