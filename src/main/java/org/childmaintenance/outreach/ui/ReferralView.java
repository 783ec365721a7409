package org.childmaintenance.outreach.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.outreach.OutreachViews.ReferralSummary;
import org.childmaintenance.outreach.PartnerCentres;
import org.springframework.security.access.AccessDeniedException;

/** One referral the centre made: its status and what help was asked for — nothing from the parent's case. */
@Route(value = "partner/referrals/:referralId([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
public class ReferralView extends PortalPage implements BeforeEnterObserver {
    static final String ID = "referralId";
    private final PartnerCentres partners;
    private final Clock clock;

    public ReferralView(PartnerCentres partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReferralSummary r;
        try {
            r = partners.referral(event.getRouteParameters().getLong(ID).orElse(-1L));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("outreach.back"), PartnerHomeView.class);
        back.setId("back-link");
        back.addClassName("back-link");
        add(back);
        heading(getTranslation("partner.referral.title", r.reference()));
        SummaryList list = new SummaryList();
        list.setId("referral");
        list.row(getTranslation("partner.col.parent"), r.name(), null);
        list.row(getTranslation("partner.col.referred"), RequestText.asked(r.createdAt(), clock), null);
        list.row(getTranslation("partner.refer.help"), r.helpNeeded(), null);
        list.row(getTranslation("outreach.mine.status"), getTranslation("partner.status." + r.status().name()), null);
        add(list);
        paragraph(getTranslation("partner.home.privacy"));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("partner.referral.pageTitle");
    }
}
