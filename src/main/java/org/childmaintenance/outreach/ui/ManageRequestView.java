package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.outreach.HelpRequests;
import org.childmaintenance.outreach.OutreachViews.MyRequest;

/**
 * A visitor's request, opened by the private link we e-mailed them ({@code ?token=}): where it stands,
 * and "Cancel" while it is open. A wrong or ended link shows the same page as no link (nothing to learn).
 */
@Route(value = "talk-to-someone/manage", layout = MainLayout.class)
@AnonymousAllowed
public class ManageRequestView extends PortalPage implements BeforeEnterObserver, SafetySensitive {
    private final HelpRequests help;

    public ManageRequestView(HelpRequests help) {
        this.help = help;
    }

    static String token(BeforeEnterEvent event) {
        List<String> t = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        return t.isEmpty() ? "" : t.getFirst();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = token(event);
        Optional<MyRequest> found = token.isEmpty() ? Optional.empty() : help.byLink(token);
        if (found.isEmpty()) {
            heading(getTranslation("outreach.manage.notFound"));
            paragraph(getTranslation("outreach.manage.notFoundBody")).setId("not-found");
            return;
        }
        MyRequest r = found.get();
        heading(getTranslation("outreach.manage.title"));
        add(RequestText.details(r));
        if (r.status().open()) {
            RouterLink cancel = new RouterLink(getTranslation("outreach.manage.cancel"), ManageCancelView.class);
            cancel.setQueryParameters(com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("token", token)));
            cancel.setId("cancel-request");
            add(new Paragraph(cancel));
        }
        paragraph(getTranslation("outreach.sent.phone"));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("outreach.manage.title");
    }
}
