package org.childmaintenance.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.cases.CaseAnswers;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseQuestion;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.security.access.AccessDeniedException;

/** Privacy: each party sees only their own case, and of the other parent only the name. */
class CaseAccessTest extends KaribuTest {

    private CaseService cases() {
        return ctx.getBean(CaseService.class);
    }

    private CaseFixtures fx() {
        return ctx.getBean(CaseFixtures.class);
    }

    private CaseFixtures.Linked decidedCase() {
        CaseFixtures.Linked c = fx().linkedCase(List.of(CaseFixtures.kid("Zed", LocalDate.now().minusYears(6))), ServiceType.DIRECT_PAY);
        cases().givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx().nights(c.caseId())));
        return c;
    }

    @Test
    void every_party_is_refused_every_case_page_and_service_method_of_another_case() {
        CaseFixtures.Linked mine = decidedCase();
        CaseFixtures.Linked theirs = decidedCase();
        fx().signIn(theirs.receivingEmail());
        long docId = cases().myCase(theirs.caseId()).documents().getFirst().id();
        String outsider = fx().newParent("outsider");

        for (String who : List.of(mine.receivingEmail(), mine.payingEmail(), outsider, "representative@example.com")) {
            signInAs(who);
            long other = theirs.caseId();
            CaseAnswers a = CaseFixtures.employed("900", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY, Map.of());
            List<Executable> calls = List.of(
                    () -> cases().myCase(other),
                    () -> cases().sentApplication(other),
                    () -> cases().documentPdf(other, docId),
                    () -> cases().documentInfo(other, docId),
                    () -> cases().detailsQuestions(other, a),
                    () -> cases().checkAnswer(other, CaseQuestion.Ref.of(CaseQuestion.INCOME), a),
                    () -> cases().caseChildren(other),
                    () -> cases().givePayingDetails(other, a),
                    () -> cases().changesICanReport(other),
                    () -> cases().changeQuestions(other, ChangeKind.INCOME, a),
                    () -> cases().directPayAllowed(other),
                    () -> cases().previewChange(other, ChangeKind.INCOME, a),
                    () -> cases().reportChange(other, ChangeKind.ADDRESS, a),
                    () -> cases().recordOtherParentFound(other),
                    () -> cases().invitationLetter(other),
                    () -> cases().resolveParentage(other, CaseService.ParentageOutcome.PRESUMED),
                    () -> cases().applyDefaultRate(other),
                    () -> cases().closeOnRequest(other, 1L),
                    () -> cases().caseworkQueues());
            for (int i = 0; i < calls.size(); i++) {
                assertThatThrownBy(calls.get(i)::execute).as(who + " call " + i).isInstanceOf(AccessDeniedException.class);
            }
            for (String page : List.of("my-case/" + other, "my-case/" + other + "/your-details", "report-a-change/" + other,
                    "report-a-change/" + other + "/address", "apply/sent/" + other)) {
                UI.getCurrent().navigate(page);
                assertThat(LocatorJ._find(AccessDeniedView.class)).as(who + " " + page).hasSize(1);
            }
        }
    }

    @Test
    void the_receiving_parent_sees_the_other_parents_name_but_not_their_address_employer_email_or_bank() {
        CaseFixtures.Linked c = decidedCase();
        signInAs(c.receivingEmail());
        CaseAnswers moved = new CaseAnswers();
        signInAs(c.payingEmail());
        moved.setAddress("99 Secret Road\nBristol");
        moved.setPostcode("BS1 4DJ");
        cases().reportChange(c.caseId(), ChangeKind.ADDRESS, moved);

        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("my-case/" + c.caseId());
        String page = LocatorJ._get(MyCaseView.class).getElement().getOuterHTML();
        assertThat(page).contains("pp Parent").contains("£60.00");
        assertThat(page).doesNotContain("Secret Road").doesNotContain("BS1 4DJ").doesNotContain("Acme")
                .doesNotContain(c.payingEmail());
        CaseService.CaseOverview overview = cases().myCase(c.caseId());
        assertThat(overview.myDetails().address()).doesNotContain("Secret");
    }
}
