package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.disputes.ReconsiderationService;
import org.childmaintenance.disputes.ReconsiderationService.DecisionItem;
import org.childmaintenance.disputes.ReconsiderationService.StatusView;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.identity.Roles;

/**
 * "Decisions and reconsiderations" for one case (LC-14.5): each decision with its date, the last day
 * to ask us to look again and the action; each reconsideration's status with dates; after the notice,
 * the last day to appeal, the tribunal's guidance and "I have appealed"; what cannot be challenged here.
 */
@Route(value = "disputes/case/:caseId", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE})
public class DisputesView extends PortalPage implements BeforeEnterObserver {
    private final ReconsiderationService service;
    private final ActingFor actingFor;

    public DisputesView(ReconsiderationService service, ActingFor actingFor) {
        this.service = service;
        this.actingFor = actingFor;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("disputes.ui.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long caseId = DisputeViews.id(event, "caseId");
        DisputeViews.load(event, () -> {
            show(caseId, service.decisions(caseId));
            ActingForBanner.addTo(this, actingFor, caseId);
        });
    }

    private void show(long caseId, List<DecisionItem> decisions) {
        heading(getTranslation("disputes.ui.title"));
        lead(getTranslation("disputes.ui.lead"));
        if (decisions.isEmpty()) {
            paragraph(getTranslation("disputes.error.noDecision")).setId("no-decision");
        }
        int i = 0;
        for (DecisionItem d : decisions) {
            Div section = new Div();
            section.setId("decision-" + d.decisionId());
            section.add(new H2(getTranslation("disputes.ui.decisionHeading", DisputeViews.date(d.notified()))));
            SummaryList list = new SummaryList();
            list.row(getTranslation("disputes.ui.decisionDate"), DisputeViews.date(d.notified()), null);
            list.row(getTranslation("disputes.ui.amount"), getTranslation("disputes.ui.amountValue",
                    MoneyText.format(d.weeklyAmount()), DisputeViews.date(d.effectiveDate())), null);
            list.row(getTranslation("disputes.ui.lastDay"), DisputeViews.date(d.lastDayToAsk()), null);
            section.add(list);
            StatusView r = d.reconsideration();
            if (r == null && d.fromReconsideration()) {
                Paragraph made = new Paragraph(getTranslation("disputes.ui.fromReconsideration"));
                made.setId("from-reconsideration-" + d.decisionId());
                section.add(made);
            } else if (r == null) {
                if (!d.inWindow()) {
                    section.add(new Paragraph(getTranslation("disputes.ui.pastLastDay")));
                }
                RouterLink ask = new RouterLink(getTranslation("disputes.ui.ask"), AskAgainView.class,
                        new RouteParameters(java.util.Map.of("caseId", Long.toString(caseId),
                                "decisionId", Long.toString(d.decisionId()))));
                ask.setId("ask-" + d.decisionId());
                ask.addClassName("button-link");
                section.add(new Paragraph(ask));
            } else {
                section.add(status(caseId, r));
            }
            add(section);
            i++;
        }
        add(new H2(getTranslation("disputes.ui.notHereHeading")));
        paragraph(getTranslation("disputes.ui.notHere"));
        UnorderedList where = new UnorderedList();
        where.addClassName("bullets");
        RouterLink complain = new RouterLink(getTranslation("disputes.ui.complain"), ComplaintsView.class,
                new RouteParameters("caseId", Long.toString(caseId)));
        complain.setId("complaints-link");
        Anchor message = new Anchor("messages", getTranslation("disputes.ui.message"));
        where.add(new ListItem(complain), new ListItem(message));
        add(where);
    }

    private Div status(long caseId, StatusView r) {
        Div box = new Div();
        box.setId("reconsideration-" + r.id());
        box.add(new H2(getTranslation(r.askedByMe() ? "disputes.ui.youAsked" : "disputes.ui.otherAsked")));
        SummaryList list = new SummaryList();
        list.row(getTranslation("disputes.ui.status"), getTranslation("disputes.status." + r.status().name()), null);
        list.row(getTranslation("disputes.ui.received"), DisputeViews.date(r.requestedAt()), null);
        if (r.reviewStartedAt() != null) {
            list.row(getTranslation("disputes.ui.lookedAt"), DisputeViews.date(r.reviewStartedAt()), null);
        }
        if (r.decidedAt() != null) {
            list.row(getTranslation("disputes.ui.decided"), DisputeViews.date(r.decidedAt()) + " – "
                    + getTranslation("disputes.outcome." + r.outcome()), null);
            list.row(getTranslation("disputes.ui.why"), r.outcomeReasons(), null);
            if (r.newWeeklyAmount() != null) {
                list.row(getTranslation("disputes.ui.newDecision"), getTranslation("disputes.ui.amountValue",
                        MoneyText.format(r.newWeeklyAmount()), DisputeViews.date(r.newEffectiveDate())), null);
            }
        }
        box.add(list);
        if (r.canAddPoints()) {
            box.add(new Paragraph(getTranslation("disputes.ui.invited", DisputeViews.date(r.inviteUntil()))));
            RouterLink add = new RouterLink(getTranslation("disputes.ui.addPoints"), AskAgainView.class,
                    new RouteParameters(java.util.Map.of("caseId", Long.toString(caseId),
                            "reconsiderationId", Long.toString(r.id()))));
            add.setId("add-points-" + r.id());
            box.add(new Paragraph(add));
        } else if (r.pointsClosed()) {
            Paragraph closed = new Paragraph(getTranslation("disputes.ui.pointsClosed", DisputeViews.date(r.inviteUntil())));
            closed.setId("points-closed-" + r.id());
            box.add(closed);
        } else if (r.addedMyPoints() && !r.askedByMe()) {
            box.add(new Paragraph(getTranslation("disputes.ui.pointsAdded")));
        }
        if (r.noticeDate() != null) {
            box.add(new Paragraph(getTranslation("disputes.ui.noticeInDocuments")));
            if (r.appealLodgedOn() == null) {
                box.add(new Paragraph(getTranslation("disputes.ui.appealBy", DisputeViews.date(r.lastDayToAppeal()))));
                Anchor guidance = new Anchor(DisputeViews.TRIBUNAL_GUIDANCE, getTranslation("disputes.ui.tribunalGuidance"));
                guidance.setId("tribunal-guidance");
                RouterLink appealed = new RouterLink(getTranslation("disputes.ui.iHaveAppealed"), AppealView.class,
                        new RouteParameters(java.util.Map.of("caseId", Long.toString(caseId), "id", Long.toString(r.id()))));
                appealed.setId("appealed-" + r.id());
                box.add(new Paragraph(guidance), new Paragraph(appealed));
            } else {
                box.add(new Paragraph(getTranslation("disputes.ui.appealLodged", DisputeViews.date(r.appealLodgedOn()),
                        r.tribunalReference())));
                if (r.appealOutcome() != null) {
                    box.add(new Paragraph(getTranslation("disputes.appeal." + r.appealOutcome())));
                }
            }
        }
        return box;
    }
}
