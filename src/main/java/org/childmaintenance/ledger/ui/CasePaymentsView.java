package org.childmaintenance.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.BarChart;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.cases.ServiceTypeChange;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.ledger.ArrearsPlans;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.ledger.LegacyArrearsLedger;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.ledger.LedgerViews.LineStatus;
import org.childmaintenance.ledger.LedgerViews.MonthBar;
import org.childmaintenance.ledger.LedgerViews.NoticeState;
import org.childmaintenance.ledger.LedgerViews.NoticeView;
import org.childmaintenance.ledger.LedgerViews.ScheduleRow;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.childmaintenance.ledger.StatementDocuments;

/**
 * One case's payments (journeys §7): totals, arrears and their age, fees apart, money passed on,
 * a chart of due against paid, the schedule lines, and statements to download. What each party
 * sees, and what they may do, is decided by the services; dates come from the ledger's clock.
 */
@Route(value = "payments/:caseId([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE, Roles.CASEWORKER})
public class CasePaymentsView extends PortalPage implements BeforeEnterObserver {
    static final String CASE_ID = "caseId";
    private final LedgerService ledger;
    private final LedgerQueries queries;
    private final ServiceTypeChange serviceTypes;
    private final ActingFor actingFor;
    private final LegacyArrearsLedger legacyArrears;
    private final ArrearsPlans arrearsPlans;
    private long caseId;
    private boolean heldForApproval;
    private volatile LocalDate statementFrom;
    private volatile LocalDate statementTo;
    private volatile LocalDate asOf;

    public CasePaymentsView(LedgerService ledger, LedgerQueries queries, ServiceTypeChange serviceTypes,
                            ActingFor actingFor, LegacyArrearsLedger legacyArrears, ArrearsPlans arrearsPlans) {
        this.arrearsPlans = arrearsPlans;
        this.legacyArrears = legacyArrears;
        this.ledger = ledger;
        this.queries = queries;
        this.serviceTypes = serviceTypes;
        this.actingFor = actingFor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().getLong(CASE_ID).orElseThrow(NotFoundException::new);
        try {
            render();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // the service refused: show the same page as for a route the person may not open
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void render() {
        removeAll();
        CasePayments p = queries.casePaymentsPage(caseId);
        asOf = p.asOf();
        RouterLink back = p.viewer() == Viewer.CASEWORKER ? new RouterLink(getTranslation("ledger.back"), PaymentsCaseworkView.class)
                : new RouterLink(getTranslation("ledger.back"), PaymentsView.class);
        back.addClassName("back-link");
        add(back);
        ActingForBanner.addTo(this, actingFor, caseId);
        Span caption = new Span(getTranslation("ledger.case.caption", p.caseReference()));
        caption.addClassName("caption");
        add(caption);
        heading(getTranslation("ledger.case.title"));
        notices(p);
        summary(p);
        legacyArrears(p);
        chart(p);
        schedule(p);
        plan(p);
        casework(p);
        statements(p);
    }

    private void notices(CasePayments p) {
        for (NoticeView n : p.notices()) {
            Section banner = new Section();
            banner.addClassName("banner");
            banner.getElement().setAttribute("role", "region");
            NoticeState state = n.state();
            H2 title = new H2(getTranslation(state == NoticeState.PAID_SINCE ? "ledger.notice.paid.title"
                    : "ledger.notice." + n.kind() + ".title"));
            title.setId("notice-" + n.dueDate());
            banner.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
            banner.add(title);
            switch (state) {
                case PAID_SINCE -> banner.add(new Paragraph(getTranslation("ledger.notice.paid.body",
                        LedgerUi.date(n.dueDate()))));
                case PART_PAID_SINCE -> banner.add( // what is owed now, and what the notice said then
                        new Paragraph(getTranslation("ledger.notice.stillOwed." + p.viewer().name(),
                                LedgerUi.money(n.stillOwed()), LedgerUi.date(n.dueDate()))),
                        new Paragraph(getTranslation("ledger.notice.written", LedgerUi.date(n.raisedFor()),
                                LedgerUi.money(n.amount()))));
                case AS_WRITTEN -> banner.add(new Paragraph(getTranslation("ledger.notice." + n.kind() + ".body."
                        + p.viewer().name(), LedgerUi.money(n.amount()), LedgerUi.date(n.dueDate()))));
            }
            add(banner);
        }
    }

    private void summary(CasePayments p) {
        SummaryList list = new SummaryList();
        list.setId("payments-summary");
        list.row(getTranslation("ledger.summary.service"), getTranslation("ledger.service." + p.serviceType().name()), null);
        list.row(getTranslation("ledger.summary.due"), LedgerUi.money(p.totalDue()), null);
        list.row(getTranslation("ledger.summary.paid"), LedgerUi.money(p.totalPaid()), null);
        list.row(getTranslation("ledger.summary.arrears"), p.arrears().signum() == 0 ? LedgerUi.money(p.arrears())
                : getTranslation("ledger.summary.arrearsAge", LedgerUi.money(p.arrears()), p.oldestArrearsDays()), null);
        if (p.paidInAdvance().signum() > 0) {
            list.row(getTranslation("ledger.summary.advance"), LedgerUi.money(p.paidInAdvance()), null);
        }
        add(list);
        if (p.fees() != null && (p.serviceType() == ServiceType.COLLECT_AND_PAY || p.fees().collectionFeesCharged().signum() > 0
                || p.fees().chargesCharged().signum() > 0)) {
            add(new H2(getTranslation("ledger.fees.title")));
            SummaryList fees = new SummaryList();
            fees.setId("fees-summary");
            fees.row(getTranslation("ledger.fees.collection"), LedgerUi.money(p.fees().collectionFeesCharged()), null);
            fees.row(getTranslation("ledger.fees.collectionOutstanding"), LedgerUi.money(p.fees().collectionFeesOutstanding()), null);
            if (p.fees().chargesCharged().signum() > 0) {
                fees.row(getTranslation("ledger.fees.charges"), LedgerUi.money(p.fees().chargesCharged()), null);
                fees.row(getTranslation("ledger.fees.chargesOutstanding"), LedgerUi.money(p.fees().chargesOutstanding()), null);
            }
            add(fees, new Paragraph(getTranslation("ledger.fees.explain")));
        }
        if (p.passedOn() != null && (p.serviceType() == ServiceType.COLLECT_AND_PAY
                || p.passedOn().paidToReceivingParent().signum() > 0)) {
            add(new H2(getTranslation(p.viewer() == Viewer.RECEIVING ? "ledger.passedOn.title" : "ledger.passedOn.titleCasework")));
            SummaryList passed = new SummaryList();
            passed.setId("passed-on-summary");
            passed.row(getTranslation("ledger.passedOn.paid"), LedgerUi.money(p.passedOn().paidToReceivingParent()), null);
            passed.row(getTranslation("ledger.passedOn.fees"), LedgerUi.money(p.passedOn().feesDeducted()), null);
            passed.row(getTranslation("ledger.passedOn.waiting"), LedgerUi.money(p.passedOn().waitingToBePassedOn()), null);
            add(passed);
        }
    }

    /** Arrears from an old-scheme (1993/2003) case: apart from new-scheme arrears, paid after ongoing maintenance. */
    private void legacyArrears(CasePayments p) {
        legacyArrears.onCase(caseId).ifPresent(a -> {
            H2 title = new H2(getTranslation("ledger.legacy.title"));
            title.setId("legacy-arrears-title");
            SummaryList list = new SummaryList();
            list.setId("legacy-arrears");
            list.row(getTranslation("ledger.legacy.case"), String.join(", ", a.legacyReferences()), null);
            list.row(getTranslation("ledger.legacy.movedIn", LedgerUi.date(a.movedInOn())), LedgerUi.money(a.movedIn()), null);
            list.row(getTranslation("ledger.legacy.paid"), LedgerUi.money(a.paid()), null);
            list.row(getTranslation("ledger.legacy.outstanding." + p.viewer().name()), LedgerUi.money(a.outstanding()), null);
            add(title, list, new Paragraph(getTranslation("ledger.legacy.explain." + p.viewer().name())));
        });
    }

    private void chart(CasePayments p) {
        if (p.months().isEmpty()) {
            return;
        }
        add(new H2(getTranslation("ledger.chart.heading")));
        List<BarChart.Group> months = new ArrayList<>();
        for (MonthBar m : p.months()) {
            String label = m.month().getMonth().getDisplayName(TextStyle.SHORT, getLocale()) + " " + (m.month().getYear() % 100);
            months.add(new BarChart.Group(label, List.of(m.due().doubleValue(), m.paid().doubleValue())));
        }
        add(new BarChart("payments-chart", getTranslation("ledger.chart.title"), getTranslation("ledger.chart.desc"),
                List.of(getTranslation("ledger.chart.due"), getTranslation("ledger.chart.paid")), months, "£"));
    }

    private void schedule(CasePayments p) {
        add(new H2(getTranslation("ledger.schedule.heading")));
        if (p.rows().isEmpty()) {
            paragraph(getTranslation("ledger.schedule.none"));
            return;
        }
        boolean fees = p.viewer() != Viewer.RECEIVING && p.rows().stream().anyMatch(r -> r.fee() != null && r.fee().signum() > 0);
        boolean actions = p.rows().stream().anyMatch(ScheduleRow::canConfirm);
        List<String> headers = new ArrayList<>(List.of(getTranslation("ledger.schedule.due"), getTranslation("ledger.schedule.amount")));
        if (fees) {
            headers.add(getTranslation("ledger.schedule.fee"));
        }
        headers.addAll(List.of(getTranslation("ledger.schedule.paid"), getTranslation("ledger.schedule.paidOn"),
                getTranslation("ledger.schedule.status")));
        if (actions) {
            headers.add(getTranslation("ledger.schedule.actions"));
        }
        DataTable table = new DataTable(getTranslation("ledger.schedule.caption"), headers.toArray(String[]::new));
        table.setId("schedule-table");
        table.numeric(fees ? new int[] {1, 2, 3} : new int[] {1, 2});
        for (ScheduleRow r : p.rows()) {
            List<Object> cells = new ArrayList<>(List.of(LedgerUi.date(r.dueDate()), LedgerUi.money(r.amount())));
            if (fees) {
                cells.add(LedgerUi.money(r.fee()));
            }
            String status = getTranslation("ledger.status." + r.status().name());
            if (r.daysOverdue() > 0 && r.status() != LineStatus.NOT_CONFIRMED) {
                status = getTranslation("ledger.status.overdue", status, r.daysOverdue());
            }
            cells.addAll(List.of(LedgerUi.money(r.paid()), LedgerUi.date(r.paidOn()), LedgerUi.tag(status, LedgerUi.colour(r.status()))));
            if (actions) {
                cells.add(r.canConfirm() ? lineActions(r) : "");
            }
            table.rowOf(cells.toArray());
        }
        add(table);
    }

    private Div lineActions(ScheduleRow r) {
        String when = LedgerUi.date(r.dueDate());
        Button confirm = new Button(getTranslation("ledger.action.confirm"), e -> act(() -> ledger.confirmDirectPayment(caseId, r.obligationId())));
        confirm.setId("confirm-" + r.obligationId());
        confirm.getElement().setAttribute("aria-label", getTranslation("ledger.action.confirmFor", when));
        Div box = new Div(confirm);
        if (r.status() != LineStatus.REPORTED_MISSED
                && r.status() != LineStatus.DUE) {
            Button missed = new Button(getTranslation("ledger.action.missed"), e -> act(() -> ledger.reportMissedPayment(caseId, r.obligationId(), null)));
            missed.setId("missed-" + r.obligationId());
            missed.addThemeVariants(ButtonVariant.LUMO_ERROR);
            missed.getElement().setAttribute("aria-label", getTranslation("ledger.action.missedFor", when));
            box.add(missed);
        }
        box.addClassName("button-group");
        return box;
    }

    private void act(Runnable action) {
        try {
            action.run();
            render();
            if (heldForApproval) {
                heldForApproval = false;
                showHeld();
            }
        } catch (UserFacingException e) {
            render();
            Paragraph error = new Paragraph(getTranslation(e.getMessage()));
            error.addClassName("error-message");
            error.getElement().setAttribute("role", "alert");
            addComponentAtIndex(3, error);
        }
    }

    /** Issue 15: a caseworker's plan over the approval limit waits for a second caseworker (LC-12.3). */
    private void showHeld() {
        Paragraph held = new Paragraph(getTranslation("ledger.plan.awaitingApproval"));
        held.setId("plan-awaiting-approval");
        held.getElement().setAttribute("role", "status");
        addComponentAtIndex(3, held);
    }

    private void plan(CasePayments p) {
        if (p.plan().isEmpty()) {
            if (p.mayAgreePlan()) {
                planForm(p);
            }
            return;
        }
        DataTable table = new DataTable(getTranslation("ledger.plan.caption"), getTranslation("ledger.schedule.due"),
                getTranslation("ledger.schedule.amount"));
        table.setId("plan-table");
        table.numeric(1);
        p.plan().forEach(r -> table.row(LedgerUi.date(r.dueDate()), LedgerUi.money(r.amount())));
        add(new H2(getTranslation("ledger.plan.heading")), table);
        if (p.mayChangePlan()) {
            add(new ChangePlanForm(arrearsPlans, caseId, held -> {
                render();
                if (held) {
                    showHeld();
                }
            }));
        }
    }

    /** The paying parent (or casework) agrees an extra amount each month until the arrears are paid (LC-12.3). */
    private void planForm(CasePayments p) {
        add(new H2(getTranslation("ledger.plan.agreeHeading")));
        paragraph(getTranslation("ledger.plan.agreeLead", LedgerUi.money(p.arrears())));
        TextField amount = Forms.money("plan-amount", getTranslation("ledger.plan.amount"), getTranslation("ledger.plan.amountHint"));
        Button agree = Forms.primary("agree-plan", getTranslation("ledger.plan.agree"), e -> {
            BigDecimal value = parseMoney(amount.getValue());
            if (value == null || value.signum() <= 0) {
                amount.setErrorMessage(getTranslation("ledger.error.planAmount"));
                amount.setInvalid(true);
                amount.focus();
                return;
            }
            act(() -> {
                if (ledger.agreeArrearsPlan(caseId, value) == 0) {
                    heldForApproval = true;
                }
            });
        });
        add(Forms.group(amount), agree);
    }

    private static BigDecimal parseMoney(String text) {
        return org.childmaintenance.base.MoneyText.tryParse(text).orElse(null);
    }

    private void casework(CasePayments p) {
        if (p.viewer() != Viewer.CASEWORKER || p.serviceType() != ServiceType.DIRECT_PAY) {
            return;
        }
        add(new H2(getTranslation("ledger.casework.switchHeading")));
        paragraph(getTranslation(p.reportedMissed().isEmpty() ? "ledger.casework.switchLead" : "ledger.casework.switchLeadMissed",
                p.reportedMissed().size()));
        Button switchButton = new Button(getTranslation("ledger.casework.switch"),
                e -> act(() -> serviceTypes.moveToCollectAndPay(caseId, getTranslation("ledger.casework.switchReason"))));
        switchButton.setId("switch-to-collect");
        add(switchButton);
    }

    private void statements(CasePayments p) {
        add(new H2(getTranslation("ledger.statement.heading")));
        paragraph(getTranslation("ledger.statement.lead"));
        LocalDate first = p.rows().isEmpty() ? p.asOf() : p.rows().getFirst().dueDate();
        LocalDate last = p.rows().isEmpty() ? p.asOf() : p.rows().getLast().dueDate();
        statementFrom = first;
        statementTo = last;
        // Day, month and year boxes (UX.md §2), not Vaadin's date picker: its calendar pop-up fails axe
        // (aria-required-attr, aria-required-children inside the component) and a picker is not needed here.
        MemorableDateField from = new MemorableDateField("statement-from", getTranslation("ledger.statement.from"),
                null, false);
        from.setValue(first);
        MemorableDateField to = new MemorableDateField("statement-to", getTranslation("ledger.statement.to"), null, false);
        to.setValue(last);
        from.addValueChangeListener(e -> statementFrom = e.getValue());
        to.addValueChangeListener(e -> statementTo = e.getValue());
        Anchor pdf = new Anchor(download("pdf"), getTranslation("ledger.statement.pdf"));
        pdf.setId("statement-pdf");
        Anchor csv = new Anchor(download("csv"), getTranslation("ledger.statement.csv"));
        csv.setId("statement-csv");
        Div links = new Div(pdf, csv);
        links.addClassName("download-links");
        add(new Div(from, to), links);
    }

    /** Runs in the download request (session not locked): reads the chosen dates, asks the service, writes the file. */
    private DownloadHandler download(String kind) {
        return event -> {
            LocalDate a = statementFrom == null ? LocalDate.of(2000, 1, 1) : statementFrom;
            LocalDate b = statementTo == null ? asOf : statementTo;
            var statement = queries.statement(caseId, a.isAfter(b) ? b : a, a.isAfter(b) ? a : b);
            byte[] bytes = kind.equals("pdf") ? StatementDocuments.pdf(statement) : StatementDocuments.csv(statement);
            event.setFileName(StatementDocuments.fileName(statement, kind));
            event.setContentType(kind.equals("pdf") ? "application/pdf" : "text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    @Override
    protected String pageTitle() {
        return getTranslation("ledger.case.title");
    }
}
