package org.childmaintenance.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.ApplicantType;
import org.childmaintenance.cases.ApplicationDraft;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyTypes.Role;
import org.childmaintenance.legacy.LegacyViews.CaseLine;
import org.childmaintenance.legacy.LegacyViews.ParentCase;
import org.childmaintenance.legacy.LegacyViews.PartyLine;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ParentRole;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What each parent does next: a family-based arrangement prefilled through the options feature, an
 * application prefilled through the cases feature whose case starts the day after the liability end
 * date (the other parent invited in the usual way), or no arrangement — recorded for casework.
 */
@PortalTest
class LegacyChoicesIT {
    @Autowired LegacyImport imports;
    @Autowired ClosureProgramme programme;
    @Autowired LegacyCases legacyCases;
    @Autowired ArrangementService arrangements;
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Closing(String reference, long id, String paying, String receiving, LocalDate end) {
    }

    /** An old-scheme case between two new accounts (found by their e-mails), ending in 7 months. */
    private Closing closing(String weekly) {
        String paying = fx.newParent("legacy-pp");
        String receiving = fx.newParent("legacy-rp");
        String reference = LegacyRows.reference();
        LocalDate kid = LocalDate.now().minusYears(7);
        LocalDate other = LocalDate.now().minusYears(4);
        fx.signInCaseworker();
        assertThat(imports.importCases("c.csv", LegacyRows.file(LegacyRows.row(reference, "Pat Payer", "1984-02-03", paying,
                "Rae Receiver", "1986-07-08", receiving, "Jamie Payer " + reference + "|" + kid + ";Riley Payer " + reference + "|"
                        + other, weekly, "COLLECTION", "250.00", "no", "no"))).imported()).isTrue();
        SecurityContextHolder.clearContext();
        LocalDate end = LocalDate.now().plusMonths(7);
        programme.setEndDateAsSystem(reference, end);
        fx.signIn(paying);
        long id = legacyCases.mine().stream().filter(c -> c.legacyReference().equals(reference)).findFirst().orElseThrow().id();
        fx.signIn(receiving);
        legacyCases.mine();
        SecurityContextHolder.clearContext();
        return new Closing(reference, id, paying, receiving, end);
    }

    private PartyLine caseworkSees(Closing c, Role role) {
        fx.signInCaseworker();
        CaseLine line = programme.cases().stream().filter(l -> l.legacyReference().equals(c.reference())).findFirst().orElseThrow();
        return line.parties().stream().filter(p -> p.role() == role).findFirst().orElseThrow();
    }

    @Test
    void a_family_based_arrangement_starts_prefilled_with_the_children_and_the_old_weekly_amount() {
        Closing c = closing("52.75");
        fx.signIn(c.paying());
        long arrangementId = legacyCases.startFamilyArrangement(c.id());
        ArrangementDetails a = arrangements.details(arrangementId);
        assertThat(a.youCreatedIt()).isTrue();
        assertThat(a.yourRole()).isEqualTo(ParentRole.PAYING);
        assertThat(a.otherParentName()).isEqualTo("Rae Receiver");
        assertThat(a.children()).extracting(ChildDetails::firstName).containsExactly("Jamie", "Riley");
        assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("52.75"));
        assertThat(a.frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(legacyCases.details(c.id()).nextStep()).isEqualTo(NextStep.FAMILY_ARRANGEMENT);

        PartyLine seen = caseworkSees(c, Role.PAYING);
        assertThat(seen.nextStep()).isEqualTo(NextStep.FAMILY_ARRANGEMENT);
        assertThat(seen.linked()).isTrue();
        assertThat(caseworkSees(c, Role.RECEIVING).nextStep()).as("each parent chooses for themselves").isNull();
    }

    @Test
    void the_application_is_prefilled_and_the_new_case_starts_the_day_after_the_liability_end_date() {
        Closing c = closing("45.00");
        fx.signIn(c.receiving());
        assertThat(legacyCases.applyToService(c.id())).isEqualTo(c.end().plusDays(1));
        ParentCase seen = legacyCases.details(c.id());
        assertThat(seen.nextStep()).isEqualTo(NextStep.APPLY);
        assertThat(seen.newCaseStartsOn()).isEqualTo(c.end().plusDays(1));

        ApplicationDraft d = cases.myDraft();
        assertThat(d.getApplicantType()).isEqualTo(ApplicantType.RECEIVING_PARENT);
        assertThat(d.getOtherName()).isEqualTo("Pat Payer");
        assertThat(d.getOtherDateOfBirth()).isEqualTo(LocalDate.of(1984, 2, 3));
        assertThat(d.getOtherEmail()).isEqualTo(c.paying());
        assertThat(d.getChildren()).extracting(ApplicationDraft.ChildDraft::getName)
                .containsExactly("Jamie Payer " + c.reference(), "Riley Payer " + c.reference());
        assertThat(d.getContinuesFrom()).isEqualTo(c.reference());
        assertThat(d.getStartsOn()).isEqualTo(c.end().plusDays(1));

        // The parent answers the rest (the reference from the options service, safety, address, payments) and sends it.
        ApplicationDraft rest = CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, c.paying(), ServiceType.COLLECT_AND_PAY,
                java.util.List.of());
        d.setPreApplicationReference(rest.getPreApplicationReference());
        d.setDomesticAbuse(false);
        d.setNotSafeToShare(false);
        d.setAddress(rest.getAddress());
        d.setPostcode(rest.getPostcode());
        d.setOtherAddressKnown(false);
        d.getChildren().forEach(k -> k.setInEducation(true));
        d.setMoreChildren(false);
        d.setAllInUk(true);
        d.setServiceType(ServiceType.COLLECT_AND_PAY);
        d.setBankAccountName(rest.getBankAccountName());
        d.setSortCode(rest.getSortCode());
        d.setAccountNumber(rest.getAccountNumber());
        CaseService.Submitted sent = fx.apply(d);
        assertThat(legacyCases.details(c.id()).nextStepDetail()).as("the new case is recorded with the choice")
                .isEqualTo(sent.reference());

        // The other parent is invited in the usual way (the e-mail the old scheme had) and links.
        String code = fx.codeMailedTo(c.paying());
        fx.signIn(c.paying());
        cases.acceptInvitation(code, true);
        assertThat(jdbc.queryForObject("SELECT initial_effective_date FROM cm_case WHERE id = ?", LocalDate.class,
                sent.caseId())).as("no gap, no overlap").isEqualTo(c.end().plusDays(1));
        assertThat(jdbc.queryForObject("SELECT continues_from FROM cm_case WHERE id = ?", String.class, sent.caseId()))
                .isEqualTo(c.reference());

        PartyLine line = caseworkSees(c, Role.RECEIVING);
        assertThat(line.nextStep()).isEqualTo(NextStep.APPLY);
        assertThat(line.nextStepDetail()).isEqualTo(sent.reference());
        assertThat(line.newCaseStartsOn()).isEqualTo(c.end().plusDays(1));
    }

    @Test
    void no_arrangement_is_recorded_and_only_the_case_s_own_parents_may_choose_once_an_end_date_is_set() {
        Closing c = closing("0.00");
        fx.signIn(c.receiving());
        legacyCases.chooseNoArrangement(c.id());
        assertThat(caseworkSees(c, Role.RECEIVING).nextStep()).isEqualTo(NextStep.NO_ARRANGEMENT);

        fx.signIn(fx.newParent("legacy-stranger"));
        assertThatThrownBy(() -> legacyCases.applyToService(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> legacyCases.details(c.id())).isInstanceOf(AccessDeniedException.class);
        fx.signInCaseworker();
        assertThatThrownBy(() -> legacyCases.chooseNoArrangement(c.id())).isInstanceOf(AccessDeniedException.class);

        String noDate = LegacyRows.reference();
        String parent = fx.newParent("legacy-nodate");
        imports.importCases("n.csv", LegacyRows.file(LegacyRows.paying(noDate, parent, "", "10.00", "0.00")));
        fx.signIn(parent);
        long id = legacyCases.mine().stream().filter(x -> x.legacyReference().equals(noDate)).findFirst().orElseThrow().id();
        assertThat(legacyCases.details(id).mayChoose()).isFalse();
        assertThatThrownBy(() -> legacyCases.applyToService(id)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.getMessage()).isEqualTo("legacy.error.noEndDate"));
    }
}
