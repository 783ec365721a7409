package org.childmaintenance.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules (NCSC / NIST 800-63B style): at least 12 characters, at most 128, not a
 * commonly used password, not the e-mail address. No composition rules.
 */
@Component
class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private final Set<String> common = new HashSet<>();

    PasswordPolicy() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translation key of what is wrong with the password, if anything. */
    Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("error.password.missing");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("error.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("error.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() <= 2) {
            return Optional.of("error.password.common");
        }
        if (email != null && !email.isBlank() && lower.contains(Secrets.normaliseEmail(email))) {
            return Optional.of("error.password.containsEmail");
        }
        return Optional.empty();
    }

    /** Checks a new password and its confirmation; throws field errors "newPassword"/"confirmPassword". */
    void checkNew(String newPassword, String confirmPassword, String email) {
        List<FieldError> errors = new ArrayList<>();
        problem(newPassword, email).ifPresent(p -> errors.add(new FieldError("newPassword", p)));
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            errors.add(new FieldError("confirmPassword", "error.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
    }

    int commonPasswordCount() {
        return common.size();
    }
}
