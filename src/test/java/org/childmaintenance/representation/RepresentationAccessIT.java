package org.childmaintenance.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseAnswers;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** What a representative may do, scope by scope and action by action, and when that stops (LC-16.2–16.4). */
@PortalTest
class RepresentationAccessIT {
    @Autowired RepsFixture fx;
    @Autowired RepresentationService reps;
    @Autowired AccessService access;
    @Autowired CaseService cases;
    @Autowired MutableClock clock;

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1);

    @Test
    void each_scope_allows_exactly_its_actions_and_never_manage() {
        Set<CaseAction> see = EnumSet.of(CaseAction.VIEW, CaseAction.LETTERS);
        Set<CaseAction> report = EnumSet.of(CaseAction.VIEW, CaseAction.LETTERS, CaseAction.REPORT_CHANGE,
                CaseAction.PAYMENTS, CaseAction.EVIDENCE);
        Set<CaseAction> full = EnumSet.of(CaseAction.VIEW, CaseAction.LETTERS, CaseAction.REPORT_CHANGE,
                CaseAction.PAYMENTS, CaseAction.EVIDENCE, CaseAction.MESSAGES, CaseAction.DISPUTE);
        for (var entry : java.util.Map.of(RepresentationScope.SEE, see, RepresentationScope.REPORT, report,
                RepresentationScope.FULL, full).entrySet()) {
            RepsFixture.Setup s = fx.active(entry.getKey(), NEXT_YEAR);
            for (CaseAction action : CaseAction.values()) {
                assertThat(access.mayActOnCase(s.caseId(), action)).as(entry.getKey() + " × " + action)
                        .isEqualTo(entry.getValue().contains(action));
            }
            AccessService.Decision d = access.requireCaseAccess(s.caseId(), CaseAction.VIEW);
            assertThat(d.onBehalfOf()).as("acts for the parent").isNotNull();
            assertThat(cases.myCase(s.caseId()).reference()).isNotBlank();
        }
    }

    @Test
    void see_only_cannot_report_and_report_scope_cannot_change_bank_payment_route_or_close() {
        RepsFixture.Setup see = fx.active(RepresentationScope.SEE, NEXT_YEAR);
        assertThatThrownBy(() -> cases.changesICanReport(see.caseId())).isInstanceOf(AccessDeniedException.class);

        RepsFixture.Setup report = fx.active(RepresentationScope.REPORT, NEXT_YEAR);
        assertThat(cases.changesICanReport(report.caseId())).contains(ChangeKind.ADDRESS)
                .doesNotContain(ChangeKind.BANK, ChangeKind.SERVICE_TYPE, ChangeKind.CLOSE);
        CaseAnswers bank = new CaseAnswers();
        bank.setBankAccountName("X");
        bank.setSortCode("112233");
        bank.setAccountNumber("12345678");
        assertThatThrownBy(() -> cases.reportChange(report.caseId(), ChangeKind.BANK, bank))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reps.nominate(report.caseId(), "Someone", "someone@example.test",
                RepresentationScope.SEE, null)).as("a representative adds nobody").isInstanceOf(AccessDeniedException.class);
        fx.signIn(report.parentEmail());
        assertThat(cases.changesICanReport(report.caseId())).as("the parent still may").contains(ChangeKind.BANK);
    }

    @Test
    void withdrawal_takes_effect_on_the_representatives_very_next_call() {
        RepsFixture.Setup s = fx.active(RepresentationScope.REPORT, NEXT_YEAR);
        assertThat(cases.myCase(s.caseId())).isNotNull(); // looking at the case now
        fx.signIn(s.parentEmail());
        reps.withdraw(s.representationId());
        fx.signIn(s.repEmail()); // same session, next call
        assertThatThrownBy(() -> cases.myCase(s.caseId())).isInstanceOf(AccessDeniedException.class);
        assertThat(access.mayActOnCase(s.caseId(), CaseAction.VIEW)).isFalse();
        assertThat(reps.myClients()).noneMatch(c -> c.caseId() == s.caseId());
    }

    @Test
    void access_ends_when_the_end_date_passes() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        RepsFixture.Setup s = fx.active(RepresentationScope.SEE, today.plusDays(3));
        assertThat(access.mayActOnCase(s.caseId(), CaseAction.VIEW)).isTrue();
        clock.advance(Duration.ofDays(3));
        assertThat(access.mayActOnCase(s.caseId(), CaseAction.VIEW)).as("the end date itself still counts").isTrue();
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> cases.myCase(s.caseId())).isInstanceOf(AccessDeniedException.class);
        assertThat(reps.myClients()).filteredOn(c -> c.caseId() == s.caseId()).singleElement()
                .satisfies(c -> assertThat(c.inForce()).isFalse());
    }

    @Test
    void nothing_before_the_parent_confirms_and_the_link_works_once() {
        RepsFixture.Setup s = fx.decidedCaseAndRep();
        String token = fx.nominate(s, RepresentationScope.FULL, null);
        fx.signIn(s.repEmail());
        assertThat(access.mayActOnCase(s.caseId(), CaseAction.VIEW)).as("invited").isFalse();
        reps.accept(token);
        assertThat(access.mayActOnCase(s.caseId(), CaseAction.VIEW)).as("accepted, not confirmed").isFalse();
        assertThatThrownBy(() -> reps.accept(token)).isInstanceOf(UserFacingException.class)
                .hasMessage("reps.error.link");
        assertThatThrownBy(() -> reps.previewInvitation(token)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_other_parent_can_never_be_nominated_and_a_parent_confirms_only_their_own() {
        RepsFixture.Setup s = fx.decidedCaseAndRep();
        fx.signIn(s.parentEmail());
        assertThatThrownBy(() -> reps.nominate(s.caseId(), "Other", s.otherParentEmail(), RepresentationScope.SEE, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .anyMatch(f -> f.field().equals("email") && f.message().equals("reps.error.email.party")));
        assertThatThrownBy(() -> reps.nominate(s.caseId(), " ", "bad", null, LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactly("name", "email", "scope", "endsOn"));
        String token = fx.nominate(s, RepresentationScope.SEE, null);
        fx.signIn(s.repEmail());
        reps.accept(token);
        fx.signIn(s.otherParentEmail());
        long id = reps.myRepresentatives().isEmpty() ? -1 : reps.myRepresentatives().getFirst().id();
        assertThat(id).as("the other parent sees none of them").isEqualTo(-1);
    }
}
