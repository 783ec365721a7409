package org.childmaintenance.calculation;

import java.util.Locale;
import org.childmaintenance.base.Texts;

/**
 * The name of a calculation step ("Shared care") as people read it, in the current language: the trace and a
 * decision's stored breakdown keep the engine's English name; pages and letters show {@code calcStep.*}.
 * A name with no text of its own (a future step) is shown as it is.
 */
public final class StepNames {
    private StepNames() {
    }

    public static String text(String step) {
        String key = "calcStep." + step.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        return Texts.has(Texts.language(), key) ? Texts.t(key) : step;
    }
}
