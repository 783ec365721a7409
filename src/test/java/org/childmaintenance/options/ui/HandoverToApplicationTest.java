package org.childmaintenance.options.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.childmaintenance.cases.ApplicationDraft;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.options.ArrangementFixtures;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** When a private arrangement breaks down, the application starts with what the parent already told us. */
class HandoverToApplicationTest extends KaribuTest {

    @Test
    void apply_from_a_confirmed_arrangement_carries_the_other_parent_and_children_into_the_draft() {
        ArrangementFixtures fixtures = new ArrangementFixtures(ctx);
        PortalUser payer = fixtures.newParent("Pat Payer");
        PortalUser receiver = fixtures.newParent("Robin Receiver");
        long id = fixtures.confirmedArrangement(payer, receiver, LocalDate.now().plusMonths(6));
        ArrangementFixtures.actAs(receiver);

        UI.getCurrent().navigate(ArrangementView.class, new RouteParameters("id", Long.toString(id)));
        click("apply-cms");

        ApplicationDraft draft = ctx.getBean(CaseService.class).myDraft();
        assertThat(draft.getOtherName()).isEqualTo("Pat Payer");
        assertThat(draft.getChildren()).extracting(ApplicationDraft.ChildDraft::getName).containsExactly("Ruby", "Ezra");
        assertThat(draft.getChildren().getFirst().getDateOfBirth()).isEqualTo(LocalDate.of(2017, 3, 27));
    }
}
