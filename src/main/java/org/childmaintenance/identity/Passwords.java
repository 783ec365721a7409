package org.childmaintenance.identity;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Password checks that never throw: bcrypt refuses inputs over 72 bytes, which simply do not match. */
final class Passwords {
    private Passwords() {
    }

    static boolean matches(PasswordEncoder encoder, String typed, String hash) {
        if (typed == null || typed.isEmpty() || typed.length() > PasswordPolicy.MAX_LENGTH || hash == null) {
            return false;
        }
        try {
            return encoder.matches(typed, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
