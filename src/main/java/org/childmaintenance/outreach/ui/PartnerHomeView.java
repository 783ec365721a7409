package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.childmaintenance.outreach.OutreachViews.CentreInfo;
import org.childmaintenance.outreach.OutreachViews.ReferralSummary;
import org.childmaintenance.outreach.PartnerCentres;

/** A partner centre's page: refer a parent, publish slots, and the referrals the centre made with their status. */
@Route(value = "partner", layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
public class PartnerHomeView extends PortalPage implements BeforeEnterObserver {
    private final PartnerCentres partners;
    private final Clock clock;

    public PartnerHomeView(PartnerCentres partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
        addClassName("page--wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<String> sent = event.getLocation().getQueryParameters().getParameters().getOrDefault("referred", List.of());
        if (!sent.isEmpty()) {
            add(Banner.success("referred-banner", getTranslation("partner.referred.title"),
                    getTranslation("partner.referred.body", sent.getFirst())));
        }
        CentreInfo centre = partners.myCentre();
        heading(getTranslation("partner.home.title"));
        lead(getTranslation("partner.home.lead", centre.name()));
        UnorderedList actions = new UnorderedList();
        actions.addClassName("bullets");
        RouterLink refer = new RouterLink(getTranslation("partner.home.refer"), ReferView.class);
        refer.setId("refer-link");
        RouterLink slots = new RouterLink(getTranslation("partner.home.slots"), PartnerSlotsView.class);
        slots.setId("slots-link");
        actions.add(new ListItem(refer), new ListItem(slots));
        add(actions);
        add(new H2(getTranslation("partner.home.referrals")));
        paragraph(getTranslation("partner.home.privacy"));
        List<ReferralSummary> referrals = partners.myReferrals();
        if (referrals.isEmpty()) {
            paragraph(getTranslation("partner.home.none")).setId("no-referrals");
            return;
        }
        DataTable table = new DataTable(getTranslation("partner.home.caption"), getTranslation("outreach.mine.reference"),
                getTranslation("partner.col.parent"), getTranslation("partner.col.referred"), getTranslation("outreach.mine.status"));
        table.setId("referrals");
        for (ReferralSummary r : referrals) {
            RouterLink open = new RouterLink(r.reference(), ReferralView.class,
                    new RouteParameters(ReferralView.ID, Long.toString(r.id())));
            open.setId("referral-" + r.id());
            table.rowOf(open, r.name(), RequestText.asked(r.createdAt(), clock), RequestText.status(r.status(), "status-" + r.id()));
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("partner.home.title");
    }
}
