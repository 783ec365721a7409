package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.ui.CaseLinks;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PlainHtml;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.calculation.StepNames;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.CaseService.CaseOverview;
import org.childmaintenance.cases.PartyRole;
import org.childmaintenance.cases.RateBandText;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.base.DisplayFormats;

/**
 * "My case": status, the current amount and how it was worked out, the next payment, the
 * schedule, the timeline and the person's documents. Of the other parent only the name.
 */
@Route(value = "my-case/:caseId?", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE})
public class MyCaseView extends PortalPage implements BeforeEnterObserver {
    private final java.time.Clock clock;
    private final CaseService cases;
    private final org.springframework.beans.factory.ObjectProvider<CaseLinks> caseLinks;
    private final ActingFor actingFor;
    private final AccessService access;

    public MyCaseView(CaseService cases, java.time.Clock clock,
                      org.springframework.beans.factory.ObjectProvider<CaseLinks> caseLinks,
                      ActingFor actingFor, AccessService access) {
        this.clock = clock;
        this.cases = cases;
        this.caseLinks = caseLinks;
        this.actingFor = actingFor;
        this.access = access;
    }

    static long caseIdParam(BeforeEnterEvent event) {
        return CaseViews.caseId(event);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (event.getRouteParameters().get("caseId").isEmpty()) {
            if (actingFor.isRepresentative()) {
                event.forwardTo("my-clients"); // a representative acts for a client: pick them there
                return;
            }
            List<CaseService.CaseSummary> mine = cases.myCases();
            if (mine.size() == 1) {
                show(cases.myCase(mine.getFirst().id()));
            } else {
                list(mine);
            }
            return;
        }
        long id = CaseViews.caseId(event);
        CaseViews.load(event, () -> show(cases.myCase(id)));
    }

    private void list(List<CaseService.CaseSummary> mine) {
        heading(getTranslation("mycase.list.title"));
        if (mine.isEmpty()) {
            paragraph(getTranslation("mycase.none"));
        } else {
            DataTable table = new DataTable(getTranslation("mycase.list.caption"), getTranslation("mycase.reference"),
                    getTranslation("mycase.children"), getTranslation("mycase.status"));
            for (CaseService.CaseSummary s : mine) {
                table.rowOf(new RouterLink(s.reference(), MyCaseView.class, new RouteParameters("caseId", Long.toString(s.id()))),
                        String.join(", ", s.childNames()), getTranslation("caseStatus." + s.status().name()));
            }
            add(table);
        }
        UnorderedList links = new UnorderedList(
                new ListItem(new RouterLink(getTranslation("mycase.apply"), ApplyStartView.class)),
                new ListItem(new RouterLink(getTranslation("mycase.link"), LinkCaseView.class)));
        links.addClassName("bullets");
        add(links);
    }

    private void show(CaseOverview c) {
        ActingForBanner.addTo(this, actingFor, c.id());
        heading(getTranslation("mycase.title"));
        SummaryList facts = new SummaryList().asPlainHtml();
        facts.setId("case-facts");
        facts.row(getTranslation("mycase.reference"), c.reference(), null);
        facts.row(getTranslation("mycase.yourRole"), getTranslation("role." + c.myRole().name()), null);
        facts.row(getTranslation("mycase.otherParent"), c.otherParentName(), null);
        facts.row(getTranslation("mycase.children"), String.join(", ", c.children().stream()
                .map(k -> k.endedOn() == null ? k.name() : getTranslation("mycase.childEnded", k.name(), DisplayFormats.date(k.endedOn())))
                .toList()), null);
        facts.row(getTranslation("mycase.serviceType"), getTranslation("serviceType." + c.serviceType().name()), null);
        add(new Paragraph(CaseViews.statusTag(c.status(), getTranslation("caseStatus." + c.status().name()))));
        paragraph(getTranslation("caseStatus." + c.status().name() + ".explained"));
        add(facts);
        if (c.canGiveDetails()) {
            Div banner = new Div();
            banner.addClassName("banner");
            banner.getElement().setAttribute("role", "region");
            banner.getElement().setAttribute("aria-labelledby", "details-banner-title");
            H2 h = new H2(getTranslation("mycase.details.title"));
            h.setId("details-banner-title");
            RouterLink give = new RouterLink(getTranslation("mycase.details.link"), PayingDetailsView.class,
                    new RouteParameters("caseId", Long.toString(c.id())));
            give.setId("give-details");
            banner.add(h, new Paragraph(getTranslation("mycase.details.body",
                    c.detailsDueDate() == null ? "" : DisplayFormats.date(c.detailsDueDate()))), new Paragraph(give));
            add(banner);
        }
        if (c.decision() != null) {
            CaseService.DecisionView d = c.decision();
            add(new H2(getTranslation("mycase.amount.title")));
            Paragraph amount = new Paragraph(getTranslation(c.myRole() == PartyRole.PAYING ? "mycase.amount.paying" : "mycase.amount.receiving",
                    MoneyText.format(d.weeklyAmount()), DisplayFormats.date(d.effectiveDate())));
            amount.setId("weekly-amount");
            amount.addClassName("lead");
            add(amount);
            if (c.nextPayment() != null) {
                Paragraph next = new Paragraph(getTranslation("mycase.next", MoneyText.format(c.nextPayment().amount()),
                        DisplayFormats.date(c.nextPayment().dueDate())));
                next.setId("next-payment");
                add(next);
            }
            add(new H3(getTranslation("mycase.how.title")));
            SummaryList used = new SummaryList().asPlainHtml(); // text only: one element (BENCHMARKS.md "Session heap")
            used.setId("decision-facts");
            used.row(getTranslation("mycase.decision.kind"), getTranslation("decisionKind." + d.kind().name()), null);
            used.row(getTranslation("mycase.decision.band"), RateBandText.of(d.rateBand()), null);
            if (d.grossWeeklyIncome() != null) {
                used.row(getTranslation("mycase.decision.income"), MoneyText.format(d.grossWeeklyIncome()), null);
            }
            used.row(getTranslation("mycase.decision.qualifying"), Integer.toString(d.qualifyingChildren()), null);
            used.row(getTranslation("mycase.decision.relevantOther"), Integer.toString(d.relevantOtherChildren()), null);
            used.row(getTranslation("mycase.decision.otherArrangement"), Integer.toString(d.otherArrangementChildren()), null);
            used.row(getTranslation("mycase.decision.nights"), d.sharedCareNights(), null);
            add(used);
            Language pageLanguage = Texts.language();
            if (d.steps().stream().anyMatch(s -> s.language() != pageLanguage)) {
                // A decision made before explanations were kept in Welsh too: its steps are in English (issue 17).
                paragraph(getTranslation("mycase.decision.explanationInEnglish")).setId("explanation-in-english");
            }
            OrderedList steps = new OrderedList();
            steps.setId("how-worked-out");
            StringBuilder html = new StringBuilder();
            for (CaseService.ExplanationStep s : d.steps()) {
                html.append("<li><h3>").append(PlainHtml.escape(StepNames.text(s.step()))).append("</h3><p")
                        .append(s.language() == pageLanguage ? "" : " lang=\"" + s.language().code() + "\"").append('>')
                        .append(PlainHtml.escape(s.explanation())).append("</p></li>");
            }
            PlainHtml.setContent(steps, html.toString());
            add(steps);
            if (d.serviceType() == org.childmaintenance.cases.ServiceType.COLLECT_AND_PAY) {
                paragraph(getTranslation(c.myRole() == PartyRole.PAYING ? "mycase.fee.paying" : "mycase.fee.receiving"));
            }
            addLookAgain(c.id(), d);
        }
        if (!c.schedule().isEmpty()) {
            DataTable table = new DataTable(getTranslation("mycase.schedule.caption",
                    getTranslation("frequency." + (c.paymentFrequency() == null ? "MONTHLY" : c.paymentFrequency().name()))),
                    getTranslation("mycase.schedule.due"), getTranslation("mycase.schedule.period"), getTranslation("mycase.schedule.amount"));
            table.setId("schedule");
            table.asPlainHtml().numeric(2);
            for (CaseService.InstalmentView i : c.schedule()) {
                table.row(DisplayFormats.date(i.dueDate()), getTranslation("mycase.schedule.periodText",
                        DisplayFormats.date(i.periodStart()), DisplayFormats.date(i.periodEnd().minusDays(1))), MoneyText.format(i.amount()));
            }
            add(table);
            if (c.reviewDate() != null) {
                paragraph(getTranslation("mycase.review", DisplayFormats.date(c.reviewDate())));
            }
        }
        List<CaseLinks.Link> more = caseLinks.orderedStream().flatMap(l -> l.linksFor(c.id()).stream()).toList();
        if (!more.isEmpty()) {
            add(new H2(getTranslation("mycase.more")));
            UnorderedList list = new UnorderedList();
            list.setId("case-links");
            list.addClassName("bullets");
            more.forEach(l -> {
                Anchor a = new Anchor(l.href(), l.text());
                a.setId(l.id());
                list.add(new ListItem(a));
            });
            add(list);
        }
        add(new H2(getTranslation("mycase.documents")));
        if (c.documents().isEmpty()) {
            paragraph(getTranslation("mycase.documents.none"));
        } else {
            UnorderedList docs = new UnorderedList();
            docs.setId("documents");
            long caseId = c.id(); // the download keeps these two ids, not the whole case overview
            for (CaseService.DocumentInfo doc : c.documents()) {
                long docId = doc.id();
                Anchor a = CaseViews.pdfLink("document-" + docId, doc.title(), "letter-" + docId + ".pdf",
                        () -> cases.documentPdf(caseId, docId));
                docs.add(new ListItem(a));
            }
            add(docs);
        }
        add(new H2(getTranslation("mycase.timeline")));
        OrderedList events = new OrderedList();
        events.setId("timeline");
        events.addClassName("timeline");
        for (CaseService.TimelineItem t : c.timeline()) {
            ListItem li = new ListItem();
            li.add(new Paragraph(DisplayFormats.date(t.at().atZone(clock.getZone()))), new Paragraph(t.message()));
            events.add(li);
        }
        add(events);
        add(new H2(getTranslation("mycase.yourDetails")));
        CaseService.MyDetails me = c.myDetails();
        SummaryList mine = new SummaryList().asPlainHtml();
        mine.setId("my-details");
        mine.row(getTranslation("mycase.you.name"), me.name(), null);
        mine.row(getTranslation("mycase.you.address"), me.address() == null ? "" : me.address() + ", " + me.postcode(), null);
        mine.row(getTranslation("mycase.you.phone"), me.phone() == null ? getTranslation("answer.notGiven") : me.phone(), null);
        if (me.employer() != null) {
            mine.row(getTranslation("mycase.you.employer"), me.employer(), null);
        }
        if (me.bankAccountEnding() != null) {
            mine.row(getTranslation("mycase.you.bank"), getTranslation("mycase.you.bankText", me.bankAccountName(), me.bankAccountEnding()), null);
        }
        add(mine);
        if (!actingFor.isRepresentative()) {
            Anchor whoManages = new Anchor("manage-a-case", getTranslation("reps.mycase.whoManages"));
            whoManages.setId("who-manages");
            add(new Paragraph(whoManages)); // representation feature: someone else manages the case
        }
        if (c.status() != org.childmaintenance.cases.CaseStatus.CLOSED && access.mayActOnCase(c.id(), CaseAction.REPORT_CHANGE)) {
            add(new Paragraph(new RouterLink(getTranslation("mycase.reportChange"), ReportChangeView.class,
                    new RouteParameters("caseId", Long.toString(c.id())))));
        }
        RouterLink safety = new RouterLink(getTranslation("mycase.yourSafety"), YourSafetyView.class,
                new RouteParameters("caseId", Long.toString(c.id())));
        safety.setId("your-safety");
        add(new Paragraph(safety));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("mycase.title");
    }

    /** The disputes feature's "Ask us to look again" (LC-14.5): the decision's date and the last day to ask (+30 days). */
    private void addLookAgain(long caseId, CaseService.DecisionView d) {
        java.time.LocalDate notified = java.time.LocalDate.ofInstant(d.decidedAt(), clock.getZone());
        Paragraph p = new Paragraph(getTranslation("mycase.lookAgain", DisplayFormats.date(notified),
                DisplayFormats.date(notified.plusDays(30))));
        p.setId("look-again");
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                "disputes/case/" + caseId, getTranslation("mycase.lookAgain.link"));
        link.setId("look-again-link");
        add(p, new Paragraph(link));
    }
}
