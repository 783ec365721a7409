package org.childmaintenance.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OptionsServiceTest extends KaribuTest {
    static final EligibilityAnswers ELIGIBLE = new EligibilityAnswers(WhereYouLive.GREAT_BRITAIN, null, Answer.YES, null,
            ParentRole.RECEIVING, Answer.NO, Answer.YES);

    @Test
    void an_issued_reference_is_recognised_and_a_well_formed_unissued_one_is_not() {
        OptionsService options = ctx.getBean(OptionsService.class);
        String reference = options.issueReference(ELIGIBLE);

        assertThat(reference).matches("(85|95|96)\\d{7}");
        assertThat(options.isIssuedReference(reference)).isTrue();
        assertThat(options.isIssuedReference(reference.substring(0, 3) + " " + reference.substring(3, 6) + " "
                + reference.substring(6))).as("spaces ignored").isTrue();
        assertThat(options.findIssued(reference)).get().extracting(PreApplication::role).isEqualTo(ParentRole.RECEIVING);

        String unissued = unissuedLike(reference);
        assertThat(OptionsService.isWellFormed(unissued)).isTrue();
        assertThat(options.isIssuedReference(unissued)).isFalse();
        assertThat(options.isIssuedReference("123456789")).isFalse();
        assertThat(options.isIssuedReference("85123")).isFalse();
        assertThat(options.isIssuedReference(null)).isFalse();
        assertThat(options.isIssuedReference(reference + "0")).isFalse();
    }

    @Test
    void issuing_is_audited_and_refused_when_the_answers_do_not_allow_an_application() {
        OptionsService options = ctx.getBean(OptionsService.class);
        String reference = options.issueReference(ELIGIBLE);
        assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from audit_entry where action = 'PRE_APPLICATION_REFERENCE_ISSUED' and subject_id = ?",
                Integer.class, reference)).isEqualTo(1);

        EligibilityAnswers courtOrder = new EligibilityAnswers(WhereYouLive.GREAT_BRITAIN, null, Answer.YES, null,
                ParentRole.PAYING, Answer.YES, Answer.YES);
        assertThatThrownBy(() -> options.issueReference(courtOrder)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void eligibility_follows_the_questions_in_order() {
        OptionsService o = ctx.getBean(OptionsService.class);
        assertThat(o.check(new EligibilityAnswers(null, null, null, null, null, null, null))).isEqualTo(Eligibility.INCOMPLETE);
        assertThat(o.check(new EligibilityAnswers(WhereYouLive.NORTHERN_IRELAND, null, null, null, null, null, null)))
                .isEqualTo(Eligibility.NORTHERN_IRELAND);
        assertThat(o.check(new EligibilityAnswers(WhereYouLive.ELSEWHERE, Answer.NO, null, null, null, null, null)))
                .isEqualTo(Eligibility.NOT_IN_UK);
        assertThat(o.check(new EligibilityAnswers(WhereYouLive.ELSEWHERE, Answer.YES, Answer.NO, Answer.NO, null, null, null)))
                .isEqualTo(Eligibility.OTHER_PARENT_NOT_IN_UK);
        assertThat(o.check(new EligibilityAnswers(WhereYouLive.GREAT_BRITAIN, null, Answer.DONT_KNOW, null,
                ParentRole.PAYING, Answer.NO, Answer.NO))).isEqualTo(Eligibility.CHILDREN_NOT_ELIGIBLE);
        assertThat(o.check(new EligibilityAnswers(WhereYouLive.GREAT_BRITAIN, null, Answer.DONT_KNOW, null,
                ParentRole.PAYING, Answer.NO, Answer.YES))).isEqualTo(Eligibility.MAY_APPLY);
    }

    private String unissuedLike(String issued) {
        OptionsService options = ctx.getBean(OptionsService.class);
        for (int i = 0; i < 10_000_000; i++) {
            String candidate = issued.substring(0, 2) + String.format("%07d", (Integer.parseInt(issued.substring(2)) + 1 + i) % 10_000_000);
            if (!options.isIssuedReference(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
