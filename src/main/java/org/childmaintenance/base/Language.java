package org.childmaintenance.base;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two languages of the service (English and Cymraeg). The statutory service writes to people in
 * the language they chose; {@link #code()} is what the {@code lang} attribute, the cookie and the
 * account column hold.
 */
public enum Language {
    ENGLISH("en", Locale.of("en", "GB")),
    WELSH("cy", Locale.of("cy", "GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** "en" or "cy" (BCP 47 primary language subtag). */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** "en-GB" or "cy-GB", for a PDF's /Lang entry. */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** The language of a locale: Welsh for any "cy" locale, English otherwise. */
    public static Language of(@Nullable Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }

    /** The language with this code ("en", "cy"), if it is one of ours. */
    public static Optional<Language> fromCode(@Nullable String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
