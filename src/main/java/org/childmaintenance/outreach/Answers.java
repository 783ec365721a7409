package org.childmaintenance.outreach;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what people type in "Talk to someone" and a partner's referral: each check returns the
 * translation key of the error to show, or empty. The one-question pages ask them as the person goes;
 * the services ask them all again before anything is saved (a session's answers are never trusted).
 */
public final class Answers {
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 1000;
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private Answers() {
    }

    /** One line of text as kept: control characters removed, spaces trimmed. */
    public static String line(@Nullable String typed) {
        return typed == null ? "" : typed.replaceAll("\\p{Cntrl}", "").strip();
    }

    /** Several lines as kept: control characters other than line breaks removed, trimmed. */
    public static String text(@Nullable String typed) {
        return typed == null ? "" : typed.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n]]", "").strip();
    }

    public static Optional<String> nameProblem(@Nullable String typed, String missingKey) {
        String name = line(typed);
        if (name.isEmpty()) {
            return Optional.of(missingKey);
        }
        return name.length() > NAME_MAX ? Optional.of("outreach.error.name.tooLong") : Optional.empty();
    }

    /** An e-mail address, lower-cased; blank is allowed when not required. */
    public static Optional<String> emailProblem(@Nullable String typed, boolean required) {
        String email = email(typed);
        if (email.isEmpty()) {
            return required ? Optional.of("outreach.error.email.missing") : Optional.empty();
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            return Optional.of("outreach.error.email.format");
        }
        return Optional.empty();
    }

    public static String email(@Nullable String typed) {
        return line(typed).toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<String> phoneProblem(@Nullable String typed, boolean required) {
        String phone = line(typed);
        if (phone.isEmpty()) {
            return required ? Optional.of("outreach.error.phone.missing") : Optional.empty();
        }
        return UkPhone.normalise(phone).isPresent() ? Optional.empty() : Optional.of("outreach.error.phone.format");
    }

    public static Optional<String> timesProblem(@Nullable Set<CallTime> times) {
        return times == null || times.isEmpty() ? Optional.of("outreach.error.times.missing") : Optional.empty();
    }

    /** Free text: optional unless a missing key is given, never longer than {@link #TEXT_MAX}. */
    public static Optional<String> textProblem(@Nullable String typed, @Nullable String missingKey) {
        String text = text(typed);
        if (text.isEmpty()) {
            return Optional.ofNullable(missingKey);
        }
        return text.length() > TEXT_MAX ? Optional.of("outreach.error.text.tooLong") : Optional.empty();
    }

    /** "Something else" needs a few words saying what; the other topics may add them. */
    public static Optional<String> detailsProblem(@Nullable Topic topic, @Nullable String details) {
        return textProblem(details, topic == Topic.SOMETHING_ELSE ? "outreach.error.details.missing" : null);
    }
}
