package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureCodesTest {

    @Test
    void codes_are_groups_of_characters_that_cannot_be_mistaken_for_each_other() {
        assertThat(SecureCodes.newCode()).matches("[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}");
        assertThat(SecureCodes.newCode(2, 4)).matches("[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(SecureCodes.newCode())).as("no repeats").isTrue();
        }
    }

    @Test
    void a_code_typed_with_spaces_or_capitals_has_the_same_hash_as_issued() {
        String issued = SecureCodes.newCode();
        String typed = " " + issued.toUpperCase().replace("-", " ") + " ";
        assertThat(SecureCodes.hashOfCode(typed)).isEqualTo(SecureCodes.hashOfCode(issued));
        assertThat(SecureCodes.hashOfCode(issued)).hasSize(64).doesNotContain(SecureCodes.normalise(issued));
    }

    @Test
    void sha256_matches_the_standard_test_vector() {
        assertThat(SecureCodes.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void tokens_carry_256_bits_in_url_safe_text_and_digits_are_digits() {
        assertThat(SecureCodes.newToken()).matches("[A-Za-z0-9_-]{43}");
        assertThat(SecureCodes.digits(7)).matches("\\d{7}");
        assertThat(SecureCodes.oneOf("85", "95")).isIn("85", "95");
    }
}
