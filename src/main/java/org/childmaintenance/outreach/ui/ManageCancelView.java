package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.outreach.HelpRequests;
import org.childmaintenance.outreach.OutreachViews.MyRequest;

/** "Are you sure?" before a visitor cancels their request through their private link. */
@Route(value = "talk-to-someone/manage/cancel", layout = MainLayout.class)
@AnonymousAllowed
public class ManageCancelView extends PortalPage implements BeforeEnterObserver, SafetySensitive {
    private final HelpRequests help;
    private final ErrorSummary summary = new ErrorSummary();
    private String title = "";

    public ManageCancelView(HelpRequests help) {
        this.help = help;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = ManageRequestView.token(event);
        Optional<MyRequest> found = token.isEmpty() ? Optional.empty() : help.byLink(token);
        if (found.isEmpty() || !found.get().status().open()) {
            event.forwardTo(ManageRequestView.class, QueryParameters.simple(Map.of("token", token)));
            return;
        }
        MyRequest r = found.get();
        removeAll();
        RouterLink back = new RouterLink(getTranslation("outreach.back"), ManageRequestView.class);
        back.setQueryParameters(QueryParameters.simple(Map.of("token", token)));
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary);
        title = getTranslation("outreach.cancel.title." + r.kind().name());
        var h1 = heading(title);
        add(RequestText.details(r));
        paragraph(getTranslation("outreach.cancel.lead." + r.kind().name()));
        Div buttons = new Div(Forms.primary("confirm-cancel", getTranslation("outreach.cancel.confirm"), e -> {
            try {
                help.cancelByLink(token);
                removeAll();
                title = getTranslation("outreach.manage.cancelledTitle");
                heading(title);
                paragraph(getTranslation("outreach.mine.cancelledBody", r.reference())).setId("cancelled");
                setShowingErrors(false);
            } catch (UserFacingException ex) {
                summary.show(Map.of(h1, getTranslation(ex.getMessage())));
                setShowingErrors(true);
            }
        }));
        buttons.addClassName("button-group");
        add(buttons);
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
