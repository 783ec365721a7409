package org.childmaintenance.cases;

import org.childmaintenance.base.Texts;
import org.childmaintenance.calculation.RateBand;

/**
 * A decision keeps its rate band as the calculation named it (English, compared by the enforcement rules);
 * people read it in their language: "Basic rate", "Cyfradd sylfaenol".
 */
public final class RateBandText {
    private RateBandText() {
    }

    /** The rate band a decision recorded, in the current language (any other text as it is). */
    public static String of(String recorded) {
        for (RateBand band : RateBand.values()) {
            if (band.label().equals(recorded)) {
                return Texts.t("rateBand." + band.name());
            }
        }
        return Texts.stored(recorded, "decision.default.band"); // kept in English (in Welsh by one made before V250)
    }
}
