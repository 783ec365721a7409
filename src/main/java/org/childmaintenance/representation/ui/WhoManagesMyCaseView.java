package org.childmaintenance.representation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.representation.RepresentationService;
import org.childmaintenance.representation.RepresentationService.Nominee;
import org.childmaintenance.representation.RepresentationStatus;

/** "Who can manage my case": the people a parent has nominated, with confirm and withdraw buttons. */
@Route(value = "manage-a-case", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class WhoManagesMyCaseView extends PortalPage {
    private final RepresentationService service;

    public WhoManagesMyCaseView(RepresentationService service) {
        this.service = service;
        render(null);
    }

    private void render(String done) {
        removeAll();
        if (done != null) {
            Div banner = new Div(new H2(done));
            banner.setId("reps-done");
            banner.addClassName("banner");
            banner.getElement().setAttribute("role", "status");
            add(banner);
        }
        heading(getTranslation("reps.who.title"));
        lead(getTranslation("reps.who.lead"));
        List<Nominee> nominees = service.myRepresentatives();
        if (nominees.isEmpty()) {
            paragraph(getTranslation("reps.who.none"));
        } else {
            Div list = new Div();
            list.setId("representatives");
            for (Nominee n : nominees) {
                SummaryList facts = new SummaryList();
                facts.row(getTranslation("reps.who.email"), n.email(), null);
                facts.row(getTranslation("reps.who.case"), n.caseReference(), null);
                facts.row(getTranslation("reps.who.scope"), getTranslation("reps.scope." + n.scope().name()), null);
                facts.row(getTranslation("reps.who.until"), n.endsOn() == null ? getTranslation("reps.who.noEnd")
                        : MyClientsView.date(n.endsOn()), null);
                facts.row(getTranslation("reps.who.status"),
                        getTranslation(n.ended() ? "reps.status.ENDED" : "reps.status." + n.status().name()), null);
                Div actions = new Div();
                actions.addClassName("button-group");
                if (n.status() == RepresentationStatus.ACCEPTED) {
                    Button confirm = new Button(getTranslation("reps.who.confirm", n.name()), e -> act(() -> service.confirm(n.id()),
                            getTranslation("reps.who.confirmed", n.name())));
                    confirm.setId("confirm-" + n.id());
                    confirm.addThemeVariants(ButtonVariant.PRIMARY);
                    actions.add(confirm);
                }
                Button withdraw = new Button(getTranslation("reps.who.withdraw", n.name()), e -> act(() -> service.withdraw(n.id()),
                        getTranslation("reps.who.withdrawn", n.name())));
                withdraw.setId("withdraw-" + n.id());
                withdraw.addThemeVariants(ButtonVariant.ERROR);
                actions.add(withdraw);
                list.add(new H2(n.name()), facts, actions);
            }
            add(list);
        }
        RouterLink nominate = new RouterLink(getTranslation("reps.who.nominate"), NominateView.class);
        nominate.setId("nominate-link");
        add(new Paragraph(nominate));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            render(done);
        } catch (UserFacingException e) {
            render(getTranslation(e.getMessage()));
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("reps.who.title");
    }
}
