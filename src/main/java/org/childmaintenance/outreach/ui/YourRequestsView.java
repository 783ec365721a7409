package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.outreach.HelpRequests;
import org.childmaintenance.outreach.OutreachViews.MyRequest;

/** A signed-in parent's requests for help: what, when asked, where it stands, and Cancel while open. */
@Route(value = "talk-to-someone/requests", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class YourRequestsView extends PortalPage implements BeforeEnterObserver {
    private final HelpRequests help;
    private final Clock clock;

    public YourRequestsView(HelpRequests help, Clock clock) {
        this.help = help;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<String> cancelled = event.getLocation().getQueryParameters().getParameters().getOrDefault("cancelled", List.of());
        if (!cancelled.isEmpty()) {
            add(Banner.success("cancelled-banner", getTranslation("outreach.mine.cancelledTitle"),
                    getTranslation("outreach.mine.cancelledBody", cancelled.getFirst())));
        }
        heading(getTranslation("outreach.mine.title"));
        List<MyRequest> mine = help.myRequests();
        if (mine.isEmpty()) {
            paragraph(getTranslation("outreach.mine.none")).setId("no-requests");
        } else {
            DataTable table = new DataTable(getTranslation("outreach.mine.caption"), getTranslation("outreach.mine.reference"),
                    getTranslation("outreach.mine.what"), getTranslation("outreach.mine.asked"),
                    getTranslation("outreach.mine.status"), getTranslation("outreach.mine.action"));
            table.setId("requests");
            for (MyRequest r : mine) {
                Object action = "";
                if (r.status().open()) {
                    RouterLink cancel = new RouterLink(getTranslation("outreach.mine.cancel"), CancelRequestView.class,
                            new RouteParameters(CancelRequestView.ID, Long.toString(r.id())));
                    cancel.setId("cancel-" + r.id());
                    cancel.getElement().setAttribute("aria-label", getTranslation("outreach.mine.cancelLabel", r.reference()));
                    action = cancel;
                }
                table.rowOf(r.reference(), RequestText.what(r), RequestText.asked(r.createdAt(), clock),
                        RequestText.status(r.status(), "status-" + r.id()), action);
            }
            add(table);
        }
        RouterLink again = new RouterLink(getTranslation("outreach.mine.new"), TalkStartView.class);
        again.setId("new-request");
        add(new Paragraph(again));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("outreach.mine.title");
    }
}
