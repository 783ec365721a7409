package org.childmaintenance.ledger;

import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.jspecify.annotations.Nullable;

/**
 * How a ledger transaction's kept description reads in the current language (issue 17). The service writes its
 * own descriptions in English from {@code ledger.desc.*} (an enforcement charge keeps its {@link EnforcementCharge}
 * code); they are shown through the same texts in the reader's language, old rows included, since they are the
 * English text of those keys. A reason a caseworker typed is shown as typed.
 */
public final class LedgerTexts {
    static final String CONSOLATORY = "ledger.desc.consolatory";
    static final String ENFORCEMENT_ERROR = "ledger.desc.enforcementError";
    static final String REVISION = "ledger.desc.revision";
    /** The reason of a revision after a reconsideration or appeal (disputes). */
    static final String DECISION = "ledger.desc.decision";

    private LedgerTexts() {
    }

    /** A description to keep with a transaction: the key's English text (read back by {@link #description}). */
    public static String kept(String key, Object... values) {
        return Texts.t(Language.ENGLISH, key, values);
    }

    /** The kept description of a transaction as the reader reads it; empty for none. */
    public static String description(TxType type, @Nullable String kept) {
        if (kept == null || kept.isBlank()) {
            return "";
        }
        if (type == TxType.ENFORCEMENT_CHARGE && Texts.has(Language.ENGLISH, "ledger.charge." + kept)) {
            return Texts.t("ledger.charge." + kept);
        }
        String revision = kept(REVISION, "");
        if (kept.startsWith(revision)) {
            return Texts.t(REVISION, Texts.stored(kept.substring(revision.length()), DECISION));
        }
        return Texts.stored(kept, CONSOLATORY, ENFORCEMENT_ERROR);
    }

    /** A ledger account's name ("What the paying parent owes") in the current language. */
    public static String account(LedgerAccount account) {
        return Texts.t("ledger.account." + account.name());
    }

    /** A transaction type's name in the current language (as on statements). */
    public static String type(TxType type) {
        return Texts.t("ledger.tx." + type.name());
    }
}
