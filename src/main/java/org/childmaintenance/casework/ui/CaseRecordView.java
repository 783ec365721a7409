package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.calculation.StepNames;
import org.childmaintenance.cases.CaseService.DecisionView;
import org.childmaintenance.cases.CaseworkLookup.CaseFile;
import org.childmaintenance.cases.CaseworkLookup.PartyView;
import org.childmaintenance.cases.RateBandText;
import org.childmaintenance.casework.CaseRecords;
import org.childmaintenance.casework.CaseRecords.CaseRecord;
import org.childmaintenance.casework.CaseworkDesk;
import org.childmaintenance.casework.EnforcementActions;
import org.childmaintenance.casework.LiabilityOutcomes;
import org.childmaintenance.casework.LumpSumOrders;
import org.childmaintenance.casework.EnforcementWarnings;
import org.childmaintenance.casework.LedgerApprovals;
import org.childmaintenance.disputes.ComplaintService;
import org.childmaintenance.disputes.ReconsiderationCasework;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.representation.LegalAuthorityService;
import org.childmaintenance.identity.OrganisationDirectory;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.ledger.CaseworkLedger.TransactionView;
import org.childmaintenance.ledger.LedgerTexts;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.jspecify.annotations.Nullable;
import org.childmaintenance.base.DisplayFormats;

/**
 * One case for casework, in sections: parties (safety flags marked), children, decisions with their
 * breakdowns, schedule, ledger, documents, messages, enforcement, notes, ledger actions and the audit trail.
 */
@Route(value = "casework/case/:caseId([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class CaseRecordView extends PortalPage implements BeforeEnterObserver {
    public static final String CASE_ID = "caseId";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final CaseRecords records;
    private final CaseworkDesk desk;
    private final LedgerApprovals approvals;
    private final EnforcementActions enforcement;
    private final LumpSumOrders lumpSums;
    private final LiabilityOutcomes outcomes;
    private final IdentityService identity;
    private final EnforcementWarnings warnings;
    private final OrganisationDirectory organisations;
    private final ReconsiderationCasework reconsiderations;
    private final ComplaintService complaints;
    private final LegalAuthorityService representatives;
    private long caseId;
    private String title = "";

    public CaseRecordView(CaseRecords records, CaseworkDesk desk, LedgerApprovals approvals, EnforcementActions enforcement,
                          IdentityService identity, EnforcementWarnings warnings, OrganisationDirectory organisations,
                          ReconsiderationCasework reconsiderations, ComplaintService complaints,
                          LegalAuthorityService representatives, LumpSumOrders lumpSums, LiabilityOutcomes outcomes) {
        this.lumpSums = lumpSums;
        this.outcomes = outcomes;
        this.records = records;
        this.reconsiderations = reconsiderations;
        this.complaints = complaints;
        this.representatives = representatives;
        this.identity = identity;
        this.enforcement = enforcement;
        this.warnings = warnings;
        this.organisations = organisations;
        this.desk = desk;
        this.approvals = approvals;
        getStyle().set("max-width", "none");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().getLong(CASE_ID).orElseThrow(NotFoundException::new);
        render(null);
    }

    void render(@Nullable String message) {
        removeAll();
        CaseRecord r = records.caseRecord(caseId).orElseThrow(NotFoundException::new);
        CaseFile f = r.file();
        title = getTranslation("desk.case.title", f.reference());
        heading(title);
        Paragraph status = paragraph(message == null ? "" : message);
        status.setId("case-message");
        status.getElement().setAttribute("role", "status");
        add(new Anchor("casework", getTranslation("desk.back")));
        paragraph(getTranslation("caseStatus." + f.status().name()) + " · " + getTranslation("desk.case.service."
                + f.serviceType().name())).setId("case-status");
        parties(f.parties());
        section("children", "desk.section.children");
        DataTable kids = new DataTable(getTranslation("desk.section.children"), getTranslation("desk.col.name"),
                getTranslation("desk.col.born"), getTranslation("desk.col.nights"), getTranslation("desk.col.ended"));
        f.children().forEach(k -> kids.row(k.name(), date(k.dateOfBirth()), String.valueOf(k.nights()), date(k.endedOn())));
        add(kids);
        decisions(f.decisions());
        section("schedule", "desk.section.schedule");
        DataTable schedule = new DataTable(getTranslation("desk.section.schedule"), getTranslation("desk.col.due"),
                getTranslation("desk.col.period"), getTranslation("desk.col.amount"));
        f.schedule().forEach(i -> schedule.row(date(i.dueDate()), date(i.periodStart()) + " – " + date(i.periodEnd()),
                MoneyText.format(i.amount())));
        add(schedule.numeric(2));
        ledger(r.payments(), r.transactions());
        section("documents", "desk.section.documents");
        if (f.documents().isEmpty()) {
            paragraph(getTranslation("desk.none"));
        }
        f.documents().forEach(d -> add(new Paragraph(d.title() + " · " + when(d.createdAt()))));
        section("messages", "desk.section.messages");
        if (r.messages().isEmpty()) {
            paragraph(getTranslation("desk.none"));
        }
        r.messages().forEach(m -> {
            Anchor a = new Anchor("casework/messages/" + m.conversationId(),
                    getTranslation("messages.subject." + m.subject().name()) + " · " + when(m.lastMessageAt()));
            a.setId("conversation-" + m.conversationId());
            add(new Paragraph(a));
        });
        section("disputes", "desk.section.disputes");
        add(CaseDisputesSection.disputes(this, reconsiderations.ofCase(caseId), complaints.ofCase(caseId)));
        section("representatives", "desk.section.representatives");
        add(CaseDisputesSection.representatives(this, representatives.ofCase(caseId)));
        section("enforcement", "desk.section.enforcement");
        add(new EnforcementPanel(caseId, enforcement, lumpSums, outcomes, warnings, organisations.all(), r.orders(),
                this::render));
        section("notes", "desk.section.notes");
        add(new NotesPanel(caseId, desk, this::render));
        section("ledger-actions", "desk.section.ledgerActions");
        add(new LedgerActionForm(caseId, approvals, r.transactions(), r.ledgerActions(), this::render));
        section("audit", "desk.section.audit");
        DataTable trail = new DataTable(getTranslation("desk.section.audit"), getTranslation("desk.col.when"),
                getTranslation("desk.col.who"), getTranslation("desk.col.action"), getTranslation("desk.col.detail"));
        trail.setId("audit-trail");
        // The action by name in the reader's language where it has one, with its code (what casework searches for);
        // the detail is kept as it was recorded.
        r.auditTrail().forEach(a -> trail.row(when(a.occurredAt()), a.actorLabel(),
                org.childmaintenance.base.Texts.has(org.childmaintenance.base.Texts.language(), "audit.action." + a.action())
                        ? getTranslation("audit.action." + a.action()) + " (" + a.action() + ")" : a.action(), a.detail()));
        add(trail);
    }

    private void parties(List<PartyView> parties) {
        section("parties", "desk.section.parties");
        for (PartyView p : parties) {
            Div card = new Div();
            card.setId("party-" + p.role().name().toLowerCase(Locale.ROOT));
            card.add(new H3(getTranslation("desk.role." + p.role().name()) + ": " + p.name()));
            if (p.safetyFlag()) {
                Span flag = new Span(getTranslation("desk.safetyFlag"));
                flag.addClassName("tag");
                flag.addClassName("tag--red");
                flag.setId("safety-flag-" + p.role().name().toLowerCase(Locale.ROOT));
                card.add(new Paragraph(flag));
            }
            DataTable t = new DataTable(getTranslation("desk.role." + p.role().name()), getTranslation("desk.col.detail"),
                    getTranslation("desk.col.value"));
            t.row(getTranslation("desk.party.email"), text(p.email()));
            t.row(getTranslation("desk.party.phone"), text(p.phone()));
            t.row(getTranslation("desk.party.address"), text(p.address()) + (p.postcode() == null ? "" : ", " + p.postcode()));
            t.row(getTranslation("desk.party.ni"), text(p.niNumber()));
            t.row(getTranslation("desk.party.employer"), text(p.employer()));
            t.row(getTranslation("desk.party.account"), getTranslation(p.accountId() == null ? "desk.party.noAccount" : "desk.party.hasAccount"));
            card.add(t);
            if (p.accountId() != null) {
                card.add(endSessions(p));
            }
            add(card);
        }
    }

    /** Signs the person out on every device, e.g. when they say someone else has used their account. */
    private Button endSessions(PartyView p) {
        Button end = new Button(getTranslation("desk.party.endSessions"), e -> {
            identity.endSessionsOf(p.accountId());
            render(getTranslation("desk.party.sessionsEnded", p.name()));
        });
        end.setId("end-sessions-" + p.role().name().toLowerCase(Locale.ROOT));
        return end;
    }

    private void decisions(List<DecisionView> decisions) {
        section("decisions", "desk.section.decisions");
        if (decisions.isEmpty()) {
            paragraph(getTranslation("desk.none"));
        }
        for (DecisionView d : decisions) {
            add(new H3(getTranslation("desk.decision", date(d.effectiveDate()), MoneyText.format(d.weeklyAmount()),
                    RateBandText.of(d.rateBand()))));
            paragraph(d.reason());
            DataTable steps = new DataTable(getTranslation("desk.decision.breakdown"), getTranslation("desk.col.step"),
                    getTranslation("desk.col.detail"));
            steps.setId("decision-" + d.id());
            d.steps().forEach(s -> steps.row(StepNames.text(s.step()), s.explanation()));
            if (d.steps().stream().anyMatch(s -> s.language() != org.childmaintenance.base.Texts.language())) {
                paragraph(getTranslation("mycase.decision.explanationInEnglish")); // made before Welsh was kept
            }
            add(steps);
        }
    }

    private void ledger(@Nullable CasePayments p, List<TransactionView> transactions) {
        section("ledger", "desk.section.ledger");
        if (p == null) {
            paragraph(getTranslation("desk.ledger.none"));
            return;
        }
        DataTable sums = new DataTable(getTranslation("desk.section.ledger"), getTranslation("desk.col.detail"),
                getTranslation("desk.col.amount"));
        sums.setId("ledger-summary");
        sums.row(getTranslation("desk.ledger.due"), MoneyText.format(p.totalDue()));
        sums.row(getTranslation("desk.ledger.paid"), MoneyText.format(p.totalPaid()));
        sums.row(getTranslation("desk.ledger.arrears"), MoneyText.format(p.arrears()));
        sums.row(getTranslation("desk.ledger.arrearsAge"), getTranslation("desk.age.days", p.oldestArrearsDays()));
        sums.row(getTranslation("desk.ledger.fees"), MoneyText.format(p.fees().collectionFeesCharged()) + " / "
                + MoneyText.format(p.fees().collectionFeesOutstanding()));
        sums.row(getTranslation("desk.ledger.charges"), MoneyText.format(p.fees().chargesCharged()) + " / "
                + MoneyText.format(p.fees().chargesOutstanding()));
        add(sums.numeric(1));
        // The payments page, as casework sees it, sets an arrears plan (LC-12.3) and makes statements.
        Anchor payments = new Anchor("payments/" + caseId, getTranslation("desk.ledger.paymentsLink"));
        payments.setId("payments-link");
        add(new Paragraph(payments));
        DataTable tx = new DataTable(getTranslation("desk.ledger.transactions"), getTranslation("desk.col.id"),
                getTranslation("desk.col.date"), getTranslation("desk.col.type"), getTranslation("desk.col.reference"),
                getTranslation("desk.col.description"), getTranslation("desk.col.entries"));
        tx.setId("transactions");
        for (TransactionView t : transactions) {
            Div entries = new Div();
            t.entries().forEach(e -> entries.add(new Div(LedgerTexts.account(e.account()) + " " + MoneyText.format(e.amount()))));
            tx.rowOf(String.valueOf(t.id()), date(t.date()), LedgerTexts.type(t.type()), t.reference(), t.description(), entries);
        }
        add(tx);
    }

    private void section(String id, String key) {
        H2 h = new H2(getTranslation(key));
        h.setId("section-" + id);
        add(h);
    }

    private String text(@Nullable String s) {
        return s == null || s.isBlank() ? getTranslation("desk.notGiven") : s;
    }

    static String date(@Nullable LocalDate d) {
        return d == null ? "" : DisplayFormats.date(d);
    }

    static String when(Instant at) {
        return DisplayFormats.shortDateTime(at, LONDON);
    }

    @Override
    protected String pageTitle() {
        return title;
    }

}
