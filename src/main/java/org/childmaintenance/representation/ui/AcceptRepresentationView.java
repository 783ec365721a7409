package org.childmaintenance.representation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.representation.RepresentationService;
import org.childmaintenance.representation.RepresentationService.InvitationPreview;

/**
 * The invitation link: shows who asked and what they allow, and accepts with the signed-in
 * representative account. Someone without one signs in or registers a representative account
 * with the invited address; the invitation then waits for them in "My clients" (and the link still
 * works until it is used or expires). A used, withdrawn or expired link says so.
 */
@Route(value = "manage-a-case/accept", layout = MainLayout.class)
@AnonymousAllowed
public class AcceptRepresentationView extends PortalPage implements BeforeEnterObserver {
    private final RepresentationService service;
    private final ActingFor actingFor;

    public AcceptRepresentationView(RepresentationService service, ActingFor actingFor) {
        this.service = service;
        this.actingFor = actingFor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        heading(getTranslation("reps.accept.title"));
        InvitationPreview p;
        try {
            p = service.previewInvitation(token);
        } catch (UserFacingException e) {
            Paragraph problem = paragraph(getTranslation(e.getMessage()));
            problem.setId("accept-problem");
            return;
        }
        Paragraph what = paragraph(getTranslation("reps.accept.body", p.parentName(), p.caseReference(),
                getTranslation("reps.scope." + p.scope().name()),
                p.endsOn() == null ? getTranslation("reps.who.noEnd") : MyClientsView.date(p.endsOn())));
        what.setId("invitation");
        if (!actingFor.isRepresentative()) {
            // Not signed in (or signed in as a parent): the invitation waits for their representative account.
            Paragraph how = paragraph(getTranslation("reps.accept.signInFirst"));
            how.setId("accept-how");
            Anchor signIn = new Anchor("sign-in", getTranslation("reps.accept.signIn"));
            signIn.setId("accept-sign-in");
            Anchor register = new Anchor("register?as=representative", getTranslation("reps.accept.register"));
            register.setId("accept-register");
            add(new Paragraph(signIn), new Paragraph(register));
            return;
        }
        add(Forms.primary("accept-invitation", getTranslation("reps.accept.button"), e -> {
            try {
                service.accept(token);
                removeAll();
                heading(getTranslation("reps.accept.title"));
                Paragraph done = paragraph(getTranslation("reps.accept.done", p.parentName()));
                done.setId("accepted");
                add(new Paragraph(new Anchor("my-clients", getTranslation("reps.clients.title"))));
            } catch (UserFacingException ex) {
                Paragraph problem = paragraph(getTranslation(ex.getMessage()));
                problem.setId("accept-problem");
            }
        }));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("reps.accept.title");
    }
}
