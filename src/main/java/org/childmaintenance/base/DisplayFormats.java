package org.childmaintenance.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The one way dates, times, money and numbers are written for people, in the current language
 * ({@link Texts#language()}): "5 March 2026" / "5 Mawrth 2026". The patterns are texts
 * ({@code format.*} keys), so Welsh says "am" where English says "at". Money reads the same in both
 * languages ("£1,234.50", {@link MoneyText}); numbers group thousands with commas in both.
 */
public final class DisplayFormats {
    private static final Map<String, DateTimeFormatter> CACHE = new ConcurrentHashMap<>();

    private DisplayFormats() {
    }

    /** "5 March 2026" (a LocalDate, or anything with a date); empty for null. */
    public static String date(@Nullable TemporalAccessor date) {
        return format("format.date", date);
    }

    /** "5 Mar 2026" (tables). */
    public static String shortDate(@Nullable TemporalAccessor date) {
        return format("format.shortDate", date);
    }

    /** "March 2026" (a YearMonth or a date). */
    public static String monthYear(@Nullable TemporalAccessor month) {
        return format("format.monthYear", month);
    }

    /** "Mar 2026" (tables). */
    public static String shortMonthYear(@Nullable TemporalAccessor month) {
        return format("format.shortMonthYear", month);
    }

    /** "5 March 2026 at 2:05pm". */
    public static String dateTime(@Nullable LocalDateTime when) {
        return format("format.dateTime", when);
    }

    /** "5 March 2026 at 2:05pm" for an instant, in the service's zone. */
    public static String dateTime(@Nullable Instant when, ZoneId zone) {
        return when == null ? "" : dateTime(LocalDateTime.ofInstant(when, zone));
    }

    /** "5 Mar 2026 14:05" (caseworker tables). */
    public static String shortDateTime(@Nullable Instant when, ZoneId zone) {
        return when == null ? "" : format("format.shortDateTime", LocalDateTime.ofInstant(when, zone));
    }

    /** "5 Mar 2026 14:05:09" (logs and outboxes). */
    public static String preciseDateTime(@Nullable Instant when, ZoneId zone) {
        return when == null ? "" : format("format.preciseDateTime", LocalDateTime.ofInstant(when, zone));
    }

    /** Money as {@link MoneyText#format} writes it (the same in English and Welsh). */
    public static String money(@Nullable BigDecimal amount) {
        return MoneyText.format(amount);
    }

    /** A whole number with grouped thousands ("1,250"). */
    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Texts.locale()).format(n);
    }

    /** A formatter for one of the {@code format.*} patterns in the current language. */
    public static DateTimeFormatter formatter(String patternKey) {
        Language language = Texts.language();
        Locale locale = language.locale();
        return CACHE.computeIfAbsent(language.code() + ":" + patternKey,
                k -> DateTimeFormatter.ofPattern(Texts.t(language, patternKey), locale));
    }

    private static String format(String patternKey, @Nullable TemporalAccessor value) {
        return value == null ? "" : formatter(patternKey).format(value);
    }
}
