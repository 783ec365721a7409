package org.childmaintenance.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.cases.CaseAnswers;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A representative's actions are recorded "by them for the parent", and the parent sees them. */
@PortalTest
class RepresentationAuditIT {
    @Autowired RepsFixture fx;
    @Autowired CaseService cases;
    @Autowired AuditService audit;

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_change_of_address_by_the_representative_shows_in_the_parents_activity_and_timeline() {
        RepsFixture.Setup s = fx.active(RepresentationScope.REPORT, LocalDate.now().plusYears(1));
        CaseAnswers a = new CaseAnswers();
        a.setAddress("5 New Road\nLeeds");
        a.setPostcode("ls2 9aa");
        cases.reportChange(s.caseId(), ChangeKind.ADDRESS, a);

        fx.signIn(s.parentEmail());
        assertThat(audit.myRecentActivity(20)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("CASE_DETAILS_UPDATED");
            assertThat(r.onBehalfOfId()).isNotNull();
            assertThat(r.actorLabel()).contains(s.repName()).contains(s.repEmail());
        });
        CaseService.CaseOverview mine = cases.myCase(s.caseId());
        assertThat(mine.timeline()).anySatisfy(t -> assertThat(t.message())
                .isEqualTo(s.repName() + " reported a change for you: Your address."));
        assertThat(mine.timeline()).anySatisfy(t -> assertThat(t.message()).contains(s.repName() + " can now manage your case"));
        assertThat(mine.myDetails().postcode()).isEqualTo("LS2 9AA");
    }
}
