package org.childmaintenance.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text for people, from {@code vaadin-i18n/translations_en.properties} and {@code translations_cy.properties}
 * (the UI's I18NProvider uses the same). The language is, in order: the one chosen for a piece of work with
 * {@link #in(Language, Supplier)} (an e-mail or letter in its recipient's language), the current page's
 * (its UI locale), the one the request's person chose ({@link LanguageChoice}), else English. A key missing
 * in Welsh falls back to the English text (logged; TranslationKeysTest keeps the files in step).
 */
public final class Texts {
    public static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ThreadLocal<Language> chosen = new ThreadLocal<>();
    private static final ThreadLocal<Supplier<Language>> requestLanguage = new ThreadLocal<>();
    private static volatile Supplier<@Nullable Language> pageLanguage = () -> null;

    private Texts() {
    }

    /** The text of a key in the current language, with MessageFormat applied when there are parameters. */
    public static String t(String key, Object... params) {
        return t(language(), key, params);
    }

    /** The text of a key in the given language. */
    public static String t(Language language, String key, Object... params) {
        String pattern = pattern(language, key);
        if (pattern == null && language != Language.ENGLISH) {
            log.warn("Missing {} translation of key {}", language.code(), key);
            pattern = pattern(Language.ENGLISH, key);
        }
        if (pattern == null) {
            log.warn("Missing translation key {}", key);
            return "!" + key;
        }
        // A text with no placeholder is shown as written, even if called with parameters (its apostrophes are plain).
        return params.length == 0 || pattern.indexOf('{') < 0 ? pattern
                : new MessageFormat(pattern, language.locale()).format(params);
    }

    /** The text of a key in the language of a locale (the I18NProvider's entry point). */
    public static String t(@Nullable Locale locale, String key, Object... params) {
        return t(Language.of(locale), key, params);
    }

    /**
     * A text kept as it was written (in English, or in the language of whoever acted) shown in the current language
     * when it is the English or Welsh text of one of {@code keys} (texts without placeholders: the service's own
     * reasons, titles and notes); anything else, such as what a person typed, as it is.
     */
    public static String stored(String text, String... keys) {
        for (String key : keys) {
            if (text.equals(t(Language.ENGLISH, key)) || text.equals(t(Language.WELSH, key))) {
                return t(key);
            }
        }
        return text;
    }

    /** Whether the key has a text in that language (without falling back). */
    public static boolean has(Language language, String key) {
        return pattern(language, key) != null;
    }

    private static @Nullable String pattern(Language language, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.of(language.code()), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The language texts are written in on this thread now (see the class comment for the order). */
    public static Language language() {
        Language l = chosen.get();
        if (l == null) {
            l = pageLanguage.get();
        }
        if (l == null && requestLanguage.get() != null) {
            l = requestLanguage.get().get();
        }
        return l == null ? Language.ENGLISH : l;
    }

    public static Locale locale() {
        return language().locale();
    }

    /** Runs work (composing an e-mail, drawing a letter) with its texts, dates and money in a language. */
    public static <T> T in(Language language, Supplier<T> work) {
        Language before = chosen.get();
        chosen.set(language);
        try {
            return work.get();
        } finally {
            if (before == null) {
                chosen.remove();
            } else {
                chosen.set(before);
            }
        }
    }

    /** {@link #in(Language, Supplier)} for work with no result. */
    public static void in(Language language, Runnable work) {
        in(language, () -> {
            work.run();
            return null;
        });
    }

    /** The language of the page being served, if any (set once by the UI set-up: the UI's locale). */
    public static void usePageLanguage(Supplier<@Nullable Language> supplier) {
        pageLanguage = supplier;
    }

    /**
     * For the duration of a request: the language its person chose (set and cleared by the request filter).
     * Looked up once, and only if a text is needed outside a page (a download, a mail sent in the request).
     */
    static void setRequestLanguage(@Nullable Supplier<Language> language) {
        if (language == null) {
            requestLanguage.remove();
        } else {
            Language[] memo = new Language[1];
            requestLanguage.set(() -> {
                if (memo[0] == null) {
                    memo[0] = language.get();
                }
                return memo[0];
            });
        }
    }
}
