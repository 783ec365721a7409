package org.childmaintenance.base;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** For {@link #stored}: each key's text in each language as a regular expression, if it can be read back. */
    private static final Map<String, Optional<Pattern>> STORED_PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

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
     * when it is the English or Welsh text of one of {@code keys}: the service's own reasons, titles and notes. A key
     * with simple placeholders ({0}) matches with any value in their place, and the values are carried over (a case
     * reference, a name). Anything else, such as what a person typed, is shown as it is.
     */
    public static String stored(String text, String... keys) {
        for (String key : keys) {
            for (Language language : Language.values()) {
                Object @Nullable [] values = valuesIn(text, language, key);
                if (values != null) {
                    return t(key, values);
                }
            }
        }
        return text;
    }

    /** The values of the placeholders when {@code text} is the key's text in that language; null when it is not. */
    private static Object @Nullable [] valuesIn(String text, Language language, String key) {
        String pattern = pattern(language, key);
        if (pattern == null) {
            return null;
        }
        if (pattern.indexOf('{') < 0) {
            return text.equals(pattern) ? new Object[0] : null;
        }
        Optional<Pattern> regex = STORED_PATTERNS.computeIfAbsent(language.code() + ":" + key,
                k -> storedPattern(pattern));
        if (regex.isEmpty()) {
            return null;
        }
        Matcher m = regex.get().matcher(text);
        if (!m.matches()) {
            return null;
        }
        Matcher numbers = PLACEHOLDER.matcher(pattern);
        List<Integer> order = new ArrayList<>();
        while (numbers.find()) {
            order.add(Integer.parseInt(numbers.group(1)));
        }
        Object[] values = new Object[order.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        for (int i = 0; i < order.size(); i++) {
            values[order.get(i)] = m.group(i + 1);
        }
        return values;
    }

    /** A regular expression for a text with simple placeholders ({0}); empty for formats it cannot read back. */
    private static Optional<Pattern> storedPattern(String pattern) {
        if (pattern.replaceAll("\\{\\d+}", "").indexOf('{') >= 0) {
            return Optional.empty(); // {0,choice,…} or {0,number}: not read back
        }
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.replace("''", "'").split("\\{\\d+}", -1)) {
            if (!regex.isEmpty()) {
                regex.append("(.+?)");
            }
            regex.append(Pattern.quote(part));
        }
        return Optional.of(Pattern.compile(regex.toString(), Pattern.DOTALL));
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
