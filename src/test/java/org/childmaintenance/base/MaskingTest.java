package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void search_words_keep_their_kind_but_not_the_personal_data() {
        assertThat(Masking.searchWords("QQ 12 34 56 C")).isEqualTo("NI number QQ*******");
        assertThat(Masking.searchWords("qq123456c")).isEqualTo("NI number QQ*******");
        assertThat(Masking.searchWords("Parent@Example.com")).isEqualTo("e-mail P***@Example.com");
        assertThat(Masking.searchWords("Alex  Morgan")).isEqualTo("words A*** M*****");
        assertThat(Masking.searchWords("1210 0000 0001")).as("the portal's own case number").isEqualTo("reference 121000000001");
        assertThat(Masking.searchWords(null)).isEqualTo("words");
    }

    @Test
    void an_email_keeps_its_first_letter_and_domain() {
        assertThat(Masking.email("parent@example.com")).isEqualTo("p***@example.com");
        assertThat(Masking.email("p@example.com")).isEqualTo("***@example.com");
        assertThat(Masking.email("nonsense")).isEqualTo("***");
    }
}
