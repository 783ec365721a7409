package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Views may call the case use cases directly, not only through {@link CaseService}: each one checks
 * who is asking by itself, so a parent of another case is refused every one of them.
 */
@PortalTest
class UseCaseAccessIT {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired ApplicationJourney application;
    @Autowired OtherParentLink link;
    @Autowired CaseworkActions casework;
    @Autowired CaseClosure closure;
    @Autowired PayingParentDetails details;
    @Autowired CaseReading reading;
    @Autowired ChangeReporting changes;
    @Autowired CaseParties parties;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CaseFixtures.Linked decidedCase() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ada", LocalDate.now().minusYears(7))),
                ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        return c;
    }

    @Test
    void a_parent_of_another_case_is_refused_by_every_use_case_called_directly() {
        CaseFixtures.Linked mine = decidedCase();
        CaseFixtures.Linked theirs = decidedCase();
        fx.signIn(theirs.receivingEmail());
        long docId = reading.myCase(theirs.caseId()).documents().getFirst().id();
        long other = theirs.caseId();
        CaseAnswers a = CaseFixtures.employed("900", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY, Map.of());

        for (String who : List.of(mine.receivingEmail(), mine.payingEmail())) {
            fx.signIn(who);
            List<Executable> calls = List.of(
                    () -> reading.myCase(other),
                    () -> reading.sentApplication(other),
                    () -> reading.documentPdf(other, docId),
                    () -> reading.documentInfo(other, docId),
                    () -> reading.caseChildren(other),
                    () -> reading.checkAnswer(other, CaseQuestion.Ref.of(CaseQuestion.INCOME), a),
                    () -> details.detailsQuestions(other, a),
                    () -> details.givePayingDetails(other, a),
                    () -> changes.changesICanReport(other),
                    () -> changes.changeQuestions(other, ChangeKind.INCOME, a),
                    () -> changes.previewChange(other, ChangeKind.INCOME, a),
                    () -> changes.reportChange(other, ChangeKind.ADDRESS, a),
                    () -> parties.directPayAllowed(other),
                    () -> casework.caseworkQueues(),
                    () -> casework.recordOtherParentFound(other),
                    () -> casework.invitationLetter(other),
                    () -> casework.resolveParentage(other, CaseService.ParentageOutcome.PRESUMED),
                    () -> casework.applyDefaultRate(other),
                    () -> casework.serviceTypeChangedByCasework(other, ServiceType.COLLECT_AND_PAY, "test"),
                    () -> closure.closeOnRequest(other, 1L));
            for (int i = 0; i < calls.size(); i++) {
                assertThatThrownBy(calls.get(i)::execute).as(who + " call " + i).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void a_caseworker_cannot_use_the_parents_application_or_linking() {
        fx.signInCaseworker();
        List<Executable> calls = List.of(application::myDraft, application::hasDraft, application::submitApplication,
                application::discardDraft, () -> link.previewInvitation("ABCD-EFGH"),
                () -> link.acceptInvitation("ABCD-EFGH", true), reading::myCases);
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)::execute).as("call " + i).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_facade_and_the_use_case_give_the_same_answer() {
        CaseFixtures.Linked c = decidedCase();
        fx.signIn(c.payingEmail());
        assertThat(cases.myCase(c.caseId())).isEqualTo(reading.myCase(c.caseId()));
        assertThat(cases.changesICanReport(c.caseId())).isEqualTo(changes.changesICanReport(c.caseId()));
    }
}
