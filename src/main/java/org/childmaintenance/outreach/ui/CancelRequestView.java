package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.outreach.HelpRequests;
import org.childmaintenance.outreach.OutreachViews.MyRequest;
import org.springframework.security.access.AccessDeniedException;

/** "Are you sure?" before a parent cancels one of their requests (a destructive action gets its own page). */
@Route(value = "talk-to-someone/requests/:helpRequestId([0-9]+)/cancel", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class CancelRequestView extends PortalPage implements BeforeEnterObserver {
    static final String ID = "helpRequestId";
    private final HelpRequests help;
    private final ErrorSummary summary = new ErrorSummary();

    public CancelRequestView(HelpRequests help) {
        this.help = help;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        MyRequest r;
        try {
            r = help.myRequest(id);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        if (!r.status().open()) {
            event.forwardTo(YourRequestsView.class);
            return;
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("outreach.back"), YourRequestsView.class);
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary);
        var h1 = heading(getTranslation("outreach.cancel.title." + r.kind().name()));
        add(RequestText.details(r));
        paragraph(getTranslation("outreach.cancel.lead." + r.kind().name()));
        RouterLink keep = new RouterLink(getTranslation("outreach.cancel.keep"), YourRequestsView.class);
        keep.setId("keep");
        Div buttons = new Div(Forms.primary("confirm-cancel", getTranslation("outreach.cancel.confirm"), e -> {
            try {
                help.cancelMine(id);
                getUI().ifPresent(ui -> ui.navigate(YourRequestsView.class,
                        QueryParameters.simple(Map.of("cancelled", r.reference()))));
            } catch (UserFacingException ex) {
                summary.show(Map.of(h1, getTranslation(ex.getMessage())));
                setShowingErrors(true);
            }
        }), new Paragraph(keep));
        buttons.addClassName("button-group");
        add(buttons);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("outreach.cancel.pageTitle");
    }
}
