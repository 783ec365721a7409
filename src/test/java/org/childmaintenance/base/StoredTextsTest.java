package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 17: a text kept as written is read in the reader's language when it is one of the service's own. */
class StoredTextsTest {

    @Test
    void a_service_text_kept_in_either_language_is_shown_in_the_readers_language() {
        String english = Texts.t(Language.ENGLISH, "decision.reason.initial");
        String welsh = Texts.t(Language.WELSH, "decision.reason.initial");
        assertThat(welsh).isNotEqualTo(english);

        assertThat(Texts.in(Language.WELSH, () -> Texts.stored(english, "decision.reason.review", "decision.reason.initial")))
                .isEqualTo(welsh);
        assertThat(Texts.in(Language.ENGLISH, () -> Texts.stored(welsh, "decision.reason.initial"))).isEqualTo(english);
    }

    @Test
    void the_values_in_a_stored_text_are_carried_into_the_other_language() {
        String english = Texts.t(Language.ENGLISH, "casework.duplicate.note", "CM-100001, CM-100002");
        assertThat(Texts.in(Language.WELSH, () -> Texts.stored(english, "casework.duplicate.note")))
                .isEqualTo(Texts.t(Language.WELSH, "casework.duplicate.note", "CM-100001, CM-100002"))
                .contains("CM-100001, CM-100002").doesNotContain("Possible duplicate");
        String explanation = Texts.t(Language.ENGLISH, "decision.default.explanation", 2, "£51.00");
        assertThat(Texts.in(Language.WELSH, () -> Texts.stored(explanation, "decision.default.explanation")))
                .isEqualTo(Texts.t(Language.WELSH, "decision.default.explanation", 2, "£51.00"));
    }

    @Test
    void what_a_person_wrote_is_shown_as_they_wrote_it() {
        assertThat(Texts.in(Language.WELSH, () -> Texts.stored("Agreed on the phone with both parents",
                "decision.reason.initial", "casework.duplicate.note"))).isEqualTo("Agreed on the phone with both parents");
    }
}
