package org.childmaintenance.support;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases of the calculation engine's English breakdown (calculation.EnglishWording) that no Welsh text contains:
 * finding one on a Welsh page, letter or answer means an explanation fell back to English.
 */
public final class EnglishNarration {
    private static final Pattern PHRASES = Pattern.compile(String.join("|", List.of(
            "paying parent", "receiving parent", "\\ba week\\b", "nearest penny", "rounds to", "is shared between",
            "comes off", "nights a year", "gross weekly income", "gross annual income", "yearly income",
            "the (basic|reduced|basic plus|flat|nil) rate", "nothing is payable", "income above", "income used",
            "qualifying children", "shared care does not", "a fortnight", "every 4 weeks", "pension contributions",
            "relevant other child", "is turned into a weekly figure", "\\bSch 1\\b", "\\bRegs\\b")),
            Pattern.CASE_INSENSITIVE);

    private EnglishNarration() {
    }

    /** The English breakdown phrases in a text, lower case; empty when there are none. */
    public static List<String> in(String text) {
        Matcher m = PHRASES.matcher(text.replaceAll("\\s+", " "));
        return m.results().map(r -> r.group().toLowerCase(Locale.UK)).distinct().toList();
    }
}
