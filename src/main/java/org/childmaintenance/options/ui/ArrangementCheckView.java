package org.childmaintenance.options.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.security.access.AccessDeniedException;

/** Check your arrangement before agreeing it: every answer with a "Change" link. */
@Route(value = "arrangement/:id([0-9]+)/check", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ArrangementCheckView extends PortalPage implements BeforeEnterObserver {
    private final ArrangementService arrangements;
    private final ErrorSummary summary = new ErrorSummary();
    private long id;
    private com.vaadin.flow.component.html.H1 h1;

    public ArrangementCheckView(ArrangementService arrangements) {
        this.arrangements = arrangements;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ArrangementDetails d;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            d = arrangements.details(id);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        if (!d.youCreatedIt() || d.status() != Status.DRAFT) {
            event.forwardTo(ArrangementView.class, new RouteParameters("id", Long.toString(id)));
            return;
        }
        removeAll();
        add(Pages.backLink(ReviewDateStep.class, new RouteParameters("id", Long.toString(id))), summary);
        h1 = heading(getTranslation("arrangement.check.title"));
        add(Terms.of(d, true));
        add(new com.vaadin.flow.component.html.H2(getTranslation("arrangement.check.agreeTitle")));
        paragraph(getTranslation("arrangement.check.agree"));
        add(Forms.primary("agree", getTranslation("arrangement.check.button"), e -> agree()));
    }

    private void agree() {
        try {
            arrangements.agree(id);
            getUI().ifPresent(ui -> ui.navigate(ArrangementView.class, new RouteParameters("id", Long.toString(id))));
        } catch (UserFacingException e) {
            summary.show(Map.of(h1, getTranslation(e.getMessage())));
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("arrangement.check.title");
    }
}
