package org.childmaintenance.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.childmaintenance.cases.PreApplicationReferenceCheck;
import org.childmaintenance.options.ParentRole;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reference issued by the options journey is the one the application journey accepts. */
@PortalTest
class ReferenceIntoApplicationTest {
    @Autowired
    OptionsService options;
    @Autowired
    PreApplicationReferenceCheck applicationCheck;

    @Test
    void the_application_accepts_an_issued_reference_and_refuses_a_well_formed_unissued_one() {
        String issued = options.issueReference(new EligibilityAnswers(WhereYouLive.GREAT_BRITAIN, null, Answer.YES,
                null, ParentRole.RECEIVING, Answer.NO, Answer.YES));
        assertThat(applicationCheck.wasIssued(issued)).isTrue();

        String neverIssued = issued.startsWith("85") ? "96" + issued.substring(2) : "85" + issued.substring(2);
        assertThat(options.isIssuedReference(neverIssued)).isFalse();
        assertThat(applicationCheck.wasIssued(neverIssued)).isFalse();
    }
}
