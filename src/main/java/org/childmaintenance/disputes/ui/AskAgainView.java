package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.FileUploadField;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.disputes.ChallengeReason;
import org.childmaintenance.disputes.ReconsiderationService;
import org.childmaintenance.disputes.ReconsiderationService.DecisionItem;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;

/**
 * "Ask us to look again" (LC-14.2), one question per page: which decision (none named: the latest),
 * what is wrong, in their own words, evidence, why late (only after the last day), then check and send.
 * The other parent uses the same pages (without the decision and lateness) to add their own points.
 */
@Route(value = "disputes/case/:caseId/ask/:decisionId?", layout = MainLayout.class)
@RouteAlias(value = "disputes/case/:caseId/points/:reconsiderationId", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE})
public class AskAgainView extends OneQuestionPage implements BeforeEnterObserver {
    /** The "not sure" choice on the decision page: the request then attaches to the latest decision. */
    private static final long LATEST = -1;

    private enum Step { DECISION, REASONS, DETAILS, EVIDENCE, LATE, CHECK }

    private final ReconsiderationService service;
    private final ActingFor actingFor;
    private long caseId;
    private @Nullable Long reconsiderationId;
    private boolean decisionFixed;
    private List<DecisionItem> decisions = List.of();
    private @Nullable Long decisionId;
    private Set<ChallengeReason> reasons = EnumSet.noneOf(ChallengeReason.class);
    private String details = "";
    private String lateReason = "";
    private final FileUploadField evidence;

    public AskAgainView(ReconsiderationService service, ActingFor actingFor) {
        this.service = service;
        this.actingFor = actingFor;
        this.evidence = new FileUploadField("attachment", null, null, ReconsiderationService.MAX_FILES);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = DisputeViews.id(event, "caseId");
        reconsiderationId = DisputeViews.optionalId(event, "reconsiderationId");
        Long fixed = DisputeViews.optionalId(event, "decisionId");
        DisputeViews.load(event, () -> {
            decisions = service.decisions(caseId);
            if (decisions.isEmpty() && reconsiderationId == null) {
                startQuestion(back(), caption(), getTranslation("disputes.ui.ask"), null);
                paragraph(getTranslation("disputes.error.noDecision")).setId("no-decision");
                return;
            }
            ReconsiderationService.StatusView closed = decisions.stream().map(DecisionItem::reconsideration)
                    .filter(r -> r != null && reconsiderationId != null && r.id() == reconsiderationId && r.pointsClosed()).findFirst().orElse(null);
            if (closed != null) {
                startQuestion(back(), caption(), getTranslation("disputes.ui.addPoints"), null);
                paragraph(getTranslation("disputes.ui.pointsClosed", DisputeViews.date(closed.inviteUntil())))
                        .setId("points-closed");
                return;
            }
            decisionFixed = fixed != null || reconsiderationId != null;
            decisionId = fixed;
            show(decisionFixed ? Step.REASONS : Step.DECISION);
        });
    }

    private String caption() {
        return getTranslation(reconsiderationId == null ? "disputes.ui.ask" : "disputes.ui.addPoints");
    }

    private Component back() {
        return new RouterLink(getTranslation("disputes.ui.back"), DisputesView.class,
                new RouteParameters("caseId", Long.toString(caseId)));
    }

    private Component backTo(Step step) {
        Button b = new Button(getTranslation("disputes.ui.back"), e -> show(step));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        b.setId("back");
        return b;
    }

    private boolean late() {
        return reconsiderationId == null && service.isLate(caseId, decisionId);
    }

    private void show(Step step) {
        switch (step) {
            case DECISION -> decisionPage();
            case REASONS -> reasonsPage();
            case DETAILS -> detailsPage();
            case EVIDENCE -> evidencePage();
            case LATE -> latePage();
            case CHECK -> checkPage();
        }
        ActingForBanner.addTo(this, actingFor, caseId); // a representative sees for whom they act on every step
    }

    private void decisionPage() {
        RadioButtonGroup<Long> group = Forms.radios("decision", null, null,
                new ArrayList<>(decisions.stream().map(DecisionItem::decisionId).toList()) {{ add(LATEST); }},
                id -> id == LATEST ? getTranslation("disputes.ui.notSure") : decisionLabel(id));
        labelledByQuestion(group);
        if (decisionId != null) {
            group.setValue(decisionId);
        }
        Button next = continueButton("continue", getTranslation("disputes.ui.continue"), () -> {
            clearErrors(List.of(group));
            if (group.getValue() == null) {
                group.setInvalid(true);
                group.setErrorMessage(getTranslation("disputes.ui.error.decision"));
                showErrors(Map.of(group, getTranslation("disputes.ui.error.decision")));
                return;
            }
            decisionId = group.getValue() == LATEST ? null : group.getValue();
            List<UserFacingException.FieldError> errors = service.check(caseId, request()).stream()
                    .filter(e -> e.field().equals("decision")).toList();
            if (!errors.isEmpty()) {
                group.setInvalid(true);
                group.setErrorMessage(getTranslation(errors.getFirst().message()));
                showErrors(Map.of(group, getTranslation(errors.getFirst().message())));
                return;
            }
            show(Step.REASONS);
        });
        showQuestion(back(), caption(), getTranslation("disputes.ui.q.decision"),
                getTranslation("disputes.ui.q.decisionHint"), next, group);
    }

    private String decisionLabel(long id) {
        DecisionItem d = decisions.stream().filter(x -> x.decisionId() == id).findFirst().orElseThrow();
        return getTranslation("disputes.ui.decisionOption", DisputeViews.date(d.notified()),
                MoneyText.format(d.weeklyAmount()), DisputeViews.date(d.lastDayToAsk()));
    }

    private void reasonsPage() {
        CheckboxGroup<ChallengeReason> group = new CheckboxGroup<>();
        group.setId("reasons");
        group.addThemeName("vertical");
        group.setItems(ChallengeReason.values());
        group.setItemLabelGenerator(r -> getTranslation("disputes.reason." + r.name()));
        group.setValue(reasons);
        labelledByQuestion(group);
        Paragraph notHere = new Paragraph(getTranslation("disputes.ui.notHere"));
        notHere.addClassName("hint");
        Button next = continueButton("continue", getTranslation("disputes.ui.continue"), () -> {
            clearErrors(List.of(group));
            if (group.getValue().isEmpty()) {
                fieldError(group, "disputes.error.reasons");
                return;
            }
            reasons = EnumSet.copyOf(group.getValue());
            show(Step.DETAILS);
        });
        showQuestion(decisionFixed ? back() : backTo(Step.DECISION), caption(), getTranslation("disputes.ui.q.reasons"),
                getTranslation("disputes.ui.q.reasonsHint"), next, group, notHere);
    }

    private void detailsPage() {
        TextArea area = new TextArea();
        area.setId("details");
        area.setMaxLength(4000);
        area.setValue(details);
        labelledByQuestion(area);
        Button next = continueButton("continue", getTranslation("disputes.ui.continue"), () -> {
            clearErrors(List.of(area));
            if (area.getValue().isBlank()) {
                fieldError(area, "disputes.error.details");
                return;
            }
            details = area.getValue();
            show(Step.EVIDENCE);
        });
        showQuestion(backTo(Step.REASONS), caption(), getTranslation("disputes.ui.q.details"),
                getTranslation("disputes.ui.q.detailsHint"), next, area);
    }

    private void evidencePage() {
        Button next = continueButton("continue", getTranslation("disputes.ui.continue"),
                () -> show(late() ? Step.LATE : Step.CHECK));
        showQuestion(backTo(Step.DETAILS), caption(), getTranslation("disputes.ui.q.evidence"),
                getTranslation("disputes.ui.q.evidenceHint"), next, evidence);
    }

    private void latePage() {
        TextArea area = new TextArea();
        area.setId("late-reason");
        area.setMaxLength(4000);
        area.setValue(lateReason);
        labelledByQuestion(area);
        Button next = continueButton("continue", getTranslation("disputes.ui.continue"), () -> {
            clearErrors(List.of(area));
            if (area.getValue().isBlank()) {
                fieldError(area, "disputes.error.lateReason");
                return;
            }
            lateReason = area.getValue();
            show(Step.CHECK);
        });
        DecisionItem d = target();
        showQuestion(backTo(Step.EVIDENCE), caption(), getTranslation("disputes.ui.q.late"),
                getTranslation("disputes.ui.q.lateHint", DisputeViews.date(d.lastDayToAsk())), next, area);
    }

    private DecisionItem target() {
        return decisionId == null ? decisions.getFirst()
                : decisions.stream().filter(x -> x.decisionId() == decisionId).findFirst().orElseThrow();
    }

    private void checkPage() {
        startQuestion(backTo(late() ? Step.LATE : Step.EVIDENCE), caption(), getTranslation("disputes.ui.q.check"), null);
        SummaryList list = new SummaryList();
        list.setId("check-answers");
        if (reconsiderationId == null) {
            String decision = decisionLabel(target().decisionId());
            if (decisionId == null) {
                decision = decision + " " + getTranslation("disputes.ui.latestNote");
            }
            list.row(getTranslation("disputes.ui.checkDecision"), decision, decisionFixed ? null : change(Step.DECISION, "decision"));
        }
        list.row(getTranslation("disputes.ui.checkReasons"), reasons.stream()
                .map(r -> getTranslation("disputes.reason." + r.name())).collect(Collectors.joining(", ")), change(Step.REASONS, "reasons"));
        list.row(getTranslation("disputes.ui.checkDetails"), details, change(Step.DETAILS, "details"));
        list.row(getTranslation("disputes.ui.checkEvidence"), evidence.files().isEmpty() ? getTranslation("disputes.ui.none")
                : evidence.files().stream().map(org.childmaintenance.base.UploadedFiles.Chosen::fileName).collect(Collectors.joining(", ")),
                change(Step.EVIDENCE, "evidence"));
        if (late()) {
            list.row(getTranslation("disputes.ui.checkLate"), lateReason, change(Step.LATE, "late"));
        }
        add(list);
        add(continueButton("send", getTranslation("disputes.ui.send"), this::send));
    }

    private Button change(Step step, String id) {
        Button b = new Button(getTranslation("disputes.ui.change"), e -> show(step));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        b.setId("change-" + id);
        return b;
    }

    private ReconsiderationService.Request request() {
        return new ReconsiderationService.Request(decisionId, reasons, details, lateReason, uploads());
    }

    private List<ReconsiderationService.Upload> uploads() {
        return evidence.files().stream().map(f -> new ReconsiderationService.Upload(f.fileName(), f.bytes())).toList();
    }

    private void send() {
        try {
            if (reconsiderationId == null) {
                service.ask(caseId, request());
            } else {
                service.addPoints(caseId, reconsiderationId, reasons, details, uploads());
            }
        } catch (UserFacingException e) {
            Map<Component, String> errors = new LinkedHashMap<>();
            Paragraph p = new Paragraph();
            p.setId("send-error");
            add(p);
            String message = e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message();
            errors.put(p, getTranslation(message));
            showErrors(errors);
            return;
        }
        removeAll();
        setQuestionTitle(getTranslation("disputes.ui.sent"));
        Div panel = new Div();
        panel.setId("confirmation");
        panel.addClassName("panel");
        panel.add(new H2(getTranslation("disputes.ui.sent")));
        add(panel);
        paragraph(getTranslation(reconsiderationId == null ? "disputes.ui.sentNext" : "disputes.ui.pointsNext"));
        RouterLink status = new RouterLink(getTranslation("disputes.ui.seeStatus"), DisputesView.class,
                new RouteParameters("caseId", Long.toString(caseId)));
        status.setId("see-status");
        add(new Paragraph(status));
    }

    private <C extends Component & com.vaadin.flow.component.HasValidation> void fieldError(C field, String key) {
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(key));
        showErrors(Map.of(field, getTranslation(key)));
    }
}
