package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void ships_a_real_list_of_common_passwords() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(10_000);
    }

    @Test
    void refuses_short_common_repetitive_and_email_passwords() {
        assertThat(policy.problem("elevenchars", "a@b.com")).contains("error.password.tooShort");
        assertThat(policy.problem("password1234", "a@b.com")).contains("error.password.common");
        assertThat(policy.problem("QWERTYUIOPASDFGHJKL", "a@b.com")).contains("error.password.common");
        assertThat(policy.problem("abababababab", "a@b.com")).contains("error.password.common");
        assertThat(policy.problem("me-jo@example.com1", "jo@example.com")).contains("error.password.containsEmail");
        assertThat(policy.problem("x".repeat(129), "a@b.com")).contains("error.password.tooLong");
    }

    @Test
    void accepts_three_random_words() {
        assertThat(policy.problem("plum-harbour-lantern", "a@b.com")).isEmpty();
    }
}
