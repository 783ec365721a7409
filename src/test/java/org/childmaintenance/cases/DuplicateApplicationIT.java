package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.CaseFixtures.Kid;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Duplicate applications (LC-2.2) are checked without telling anyone that someone else's case exists (LC-17.6). */
@PortalTest
class DuplicateApplicationIT {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private long mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from outbound_mail where recipient = ?", Long.class, email.toLowerCase());
    }

    private List<CaseService.CaseworkItem> duplicateQueue() {
        fx.signInCaseworker();
        return cases.caseworkQueues().possibleDuplicates();
    }

    @Test
    void a_stranger_whose_child_shares_a_name_and_birthday_applies_as_normal_and_learns_nothing() {
        Kid kid = CaseFixtures.kid("Noa", LocalDate.now(clock).minusYears(3));
        fx.signIn(fx.newParent("family"));
        fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, null, ServiceType.DIRECT_PAY, List.of(kid)));

        String stranger = fx.newParent("stranger");
        fx.signIn(stranger);
        String theirOther = fx.newParent("theirother");
        ApplicationDraft d = CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, theirOther, ServiceType.DIRECT_PAY, List.of(kid));
        d.setOtherName("Quite Different");
        CaseService.Submitted sent = fx.apply(d);

        assertThat(sent.reference()).startsWith("121");
        assertThat(mailsTo(theirOther)).as("their other parent is invited as usual").isEqualTo(1);
        assertThat(duplicateQueue()).noneMatch(i -> i.caseId() == sent.caseId());
    }

    @Test
    void the_other_parent_applying_for_the_same_child_is_taken_and_routed_to_casework() {
        Kid kid = CaseFixtures.kid("Rio", LocalDate.now(clock).minusYears(6));
        String first = fx.newParent("firstrp");
        fx.signIn(first);
        String firstName = "firstrp Parent";
        CaseService.Submitted original = fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, null,
                ServiceType.DIRECT_PAY, List.of(kid)));

        // The paying parent applies too, naming the first applicant as the other parent.
        String payer = fx.newParent("payer");
        fx.signIn(payer);
        String firstAgain = fx.newParent("firstagain");
        ApplicationDraft d = CaseFixtures.draft(ApplicantType.PAYING_PARENT, firstAgain, ServiceType.DIRECT_PAY,
                List.of(new Kid(kid.name().toLowerCase(), kid.dateOfBirth())));
        d.setOtherName(firstName);
        CaseService.Submitted sent = fx.apply(d);

        assertThat(sent.reference()).startsWith("121").isNotEqualTo(original.reference());
        assertThat(mailsTo(firstAgain)).as("no invitation until a caseworker has checked").isZero();
        assertThat(duplicateQueue()).filteredOn(i -> i.caseId() == sent.caseId()).singleElement()
                .satisfies(i -> assertThat(i.note()).contains(original.reference()));

        CaseService.CaseworkItem task = duplicateQueue().stream().filter(i -> i.caseId() == sent.caseId()).findFirst().orElseThrow();
        cases.duplicateChecked(task.caseId(), task.taskId());
        assertThat(duplicateQueue()).noneMatch(i -> i.caseId() == sent.caseId());
    }
}
