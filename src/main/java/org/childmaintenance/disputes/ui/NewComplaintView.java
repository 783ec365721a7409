package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.disputes.ComplaintCategory;
import org.childmaintenance.disputes.ComplaintService;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Make a complaint (LC-15), one question per page: what it is about, the order (employers), what
 * happened, what they would like, check and send; then the acknowledgement with the reference and
 * the date we aim to answer by.
 */
@Route(value = "complaints/new/:caseId?", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE, Roles.EMPLOYER})
public class NewComplaintView extends OneQuestionPage implements BeforeEnterObserver {
    private enum Step { CATEGORY, ORDER, WHAT, WOULD_LIKE, CHECK }

    private final ComplaintService complaints;
    private final CurrentUser currentUser;
    private final ActingFor actingFor;
    private @Nullable Long caseId;
    private @Nullable ComplaintCategory category;
    private String orderReference = "";
    private String whatHappened = "";
    private String wouldLike = "";

    public NewComplaintView(ComplaintService complaints, CurrentUser currentUser, ActingFor actingFor) {
        this.complaints = complaints;
        this.actingFor = actingFor;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = DisputeViews.optionalId(event, "caseId");
        if (caseId != null) {
            DisputeViews.load(event, () -> complaints.myComplaints(caseId));
        }
        show(Step.CATEGORY);
    }

    private boolean employer() {
        return caseId == null && currentUser.hasRole(Roles.EMPLOYER);
    }

    private String caption() {
        return getTranslation("complaints.ui.make");
    }

    private Component backTo(@Nullable Step step) {
        if (step == null) {
            return new RouterLink(getTranslation("disputes.ui.back"), ComplaintsView.class,
                    caseId == null ? RouteParameters.empty() : new RouteParameters("caseId", Long.toString(caseId)));
        }
        Button b = new Button(getTranslation("disputes.ui.back"), e -> show(step));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        b.setId("back");
        return b;
    }

    private void show(Step step) {
        switch (step) {
            case CATEGORY -> categoryPage();
            case ORDER -> textPage(Step.ORDER, "order-reference", new TextField(), orderReference, Step.CATEGORY, Step.WHAT,
                    "complaints.error.orderReference", v -> orderReference = v);
            case WHAT -> textPage(Step.WHAT, "what-happened", new TextArea(), whatHappened,
                    employer() ? Step.ORDER : Step.CATEGORY, Step.WOULD_LIKE, "complaints.error.whatHappened", v -> whatHappened = v);
            case WOULD_LIKE -> textPage(Step.WOULD_LIKE, "would-like", new TextArea(), wouldLike, Step.WHAT, Step.CHECK,
                    "complaints.error.wouldLike", v -> wouldLike = v);
            case CHECK -> checkPage();
        }
        if (caseId != null) {
            ActingForBanner.addTo(this, actingFor, caseId);
        }
    }

    private void categoryPage() {
        RadioButtonGroup<ComplaintCategory> group = Forms.radios("category", null, null,
                Arrays.asList(ComplaintCategory.values()), c -> getTranslation("complaints.category." + c.name()));
        labelledByQuestion(group);
        if (category != null) {
            group.setValue(category);
        }
        Paragraph amounts = new Paragraph(getTranslation("complaints.ui.amountsElsewhere"));
        amounts.addClassName("hint");
        Button next = continueButton("continue", getTranslation("disputes.ui.continue"), () -> {
            clearErrors(List.of(group));
            if (group.getValue() == null) {
                error(group, "complaints.error.category");
                return;
            }
            category = group.getValue();
            show(employer() ? Step.ORDER : Step.WHAT);
        });
        showQuestion(backTo(null), caption(), getTranslation("complaints.ui.q.category"), null, next, group, amounts);
    }

    private <F extends com.vaadin.flow.component.textfield.TextFieldBase<F, String>> void textPage(
            Step step, String id, F field, String value, Step previous, Step nextStep, String errorKey,
            java.util.function.Consumer<String> keep) {
        field.setId(id);
        field.setValue(value);
        labelledByQuestion(field);
        Button next = continueButton("continue", getTranslation("disputes.ui.continue"), () -> {
            clearErrors(List.of(field));
            if (field.getValue().isBlank()) {
                error(field, errorKey);
                return;
            }
            keep.accept(field.getValue());
            show(nextStep);
        });
        String q = switch (step) {
            case ORDER -> "complaints.ui.q.order";
            case WHAT -> "complaints.ui.q.what";
            default -> "complaints.ui.q.wouldLike";
        };
        showQuestion(backTo(previous), caption(), getTranslation(q), getTranslation(q + "Hint"), next, field);
    }

    private void checkPage() {
        startQuestion(backTo(Step.WOULD_LIKE), caption(), getTranslation("disputes.ui.q.check"), null);
        SummaryList list = new SummaryList();
        list.setId("check-answers");
        list.row(getTranslation("complaints.ui.category"), getTranslation("complaints.category." + category.name()),
                change(Step.CATEGORY, "category"));
        if (employer()) {
            list.row(getTranslation("complaints.ui.orderReference"), orderReference, change(Step.ORDER, "order"));
        }
        list.row(getTranslation("complaints.ui.whatHappened"), whatHappened, change(Step.WHAT, "what"));
        list.row(getTranslation("complaints.ui.wouldLike"), wouldLike, change(Step.WOULD_LIKE, "would-like"));
        add(list);
        add(continueButton("send", getTranslation("complaints.ui.send"), this::send));
    }

    private Button change(Step step, String id) {
        Button b = new Button(getTranslation("disputes.ui.change"), e -> show(step));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        b.setId("change-" + id);
        return b;
    }

    private void send() {
        ComplaintService.ComplaintView made;
        try {
            made = complaints.raise(new ComplaintService.ComplaintRequest(caseId, employer() ? orderReference : null,
                    category, whatHappened, wouldLike));
        } catch (UserFacingException e) {
            Paragraph p = new Paragraph();
            p.setId("send-error");
            add(p);
            String key = e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message();
            showErrors(Map.of(p, getTranslation(key)));
            return;
        }
        removeAll();
        setQuestionTitle(getTranslation("complaints.ui.received"));
        Div panel = new Div(new H2(getTranslation("complaints.ui.received")),
                new Paragraph(getTranslation("complaints.ui.yourReference", made.reference())));
        panel.setId("confirmation");
        panel.addClassName("panel");
        add(panel);
        paragraph(getTranslation("complaints.ui.answerBy", DisputeViews.date(made.targetDate())));
        RouterLink view = new RouterLink(getTranslation("complaints.ui.seeComplaint"), ComplaintView.class,
                ComplaintView.params(made.id(), caseId));
        view.setId("see-complaint");
        add(new Paragraph(view));
    }

    private <C extends Component & HasValidation> void error(C field, String key) {
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(key));
        showErrors(Map.of(field, getTranslation(key)));
    }
}
