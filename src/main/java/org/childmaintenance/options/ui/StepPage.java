package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.security.access.AccessDeniedException;

/**
 * One step of the arrangement builder, on the portal's {@link OneQuestionPage}: the step's question
 * as H1, its fields, "Continue". Saving goes through {@link ArrangementService}, which validates; its field
 * errors are shown at the fields. With {@code ?change=true} the step returns to the check page.
 */
abstract class StepPage extends OneQuestionPage implements BeforeEnterObserver {
    protected final ArrangementService arrangements;
    private final String key;
    protected final Div form = new Div();
    protected long id;
    private final Map<String, String> dateProblems = new LinkedHashMap<>();
    protected boolean change;

    StepPage(ArrangementService arrangements, String key) {
        this.arrangements = arrangements;
        this.key = key;
    }

    /** Adds the step's fields to {@link #form}, filled with what was saved before. */
    protected abstract void build(ArrangementDetails details);

    /** Saves through the service (which throws {@link UserFacingException} with field errors). */
    protected abstract void save();

    /** Field name in the service's errors → the component that shows it, in page order. */
    protected abstract Map<String, Component> fields();

    protected abstract Class<? extends Component> previous();

    protected abstract Class<? extends Component> next();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            ArrangementDetails details = arrangements.details(id);
            if (!details.youCreatedIt() || details.status() != Status.DRAFT) {
                event.forwardTo(ArrangementView.class, params());
                return;
            }
            change = event.getLocation().getQueryParameters().getSingleParameter("change").isPresent();
            form.removeAll();
            build(details);
            showQuestion(change ? Pages.backLink(ArrangementCheckView.class, params())
                            : previous() == ArrangementHubView.class ? Pages.backLink(previous())
                            : Pages.backLink(previous(), params()),
                    null, getTranslation(key + ".title"), null,
                    continueButton("continue", getTranslation("options.continue"), this::submit), form);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    protected RouteParameters params() {
        return new RouteParameters("id", Long.toString(id));
    }

    private void submit() {
        clearErrors(fields().values());
        dateProblems.clear();
        try {
            save();
            setShowingErrors(false);
            if (change) {
                getUI().ifPresent(ui -> ui.navigate(ArrangementCheckView.class, params()));
            } else {
                getUI().ifPresent(ui -> ui.navigate(next(), params()));
            }
        } catch (UserFacingException e) {
            showErrors(e);
        }
    }

    /** Shows the service's field errors at the fields and in the summary, in page order. */
    protected void showErrors(UserFacingException e) {
        Map<String, Component> fields = fields();
        Map<Component, String> errors = new LinkedHashMap<>();
        Map<String, String> byField = new LinkedHashMap<>();
        e.fieldErrors().forEach(fe -> byField.putIfAbsent(fe.field(), getTranslation(
                dateProblems.getOrDefault(fe.field(), fe.message()))));
        fields.forEach((name, component) -> {
            if (byField.containsKey(name)) {
                errors.put(component, byField.get(name));
            }
        });
        if (errors.isEmpty()) {
            errors.put(fields.values().iterator().next(), getTranslation(e.getMessage()));
        }
        fields.forEach((name, c) -> {
            if (c instanceof MemorableDateField d && errors.containsKey(c)) {
                d.showError(errors.get(c), dateProblems.getOrDefault(name, "date.error.missing"));
            }
        });
        showErrors(errors);
    }

    /**
     * A required date field's value for the service: null when blank (the service says it is missing)
     * or when malformed (its specific problem replaces the service's message).
     */
    protected java.time.LocalDate date(MemorableDateField field, String name) {
        java.util.Optional<String> problem = field.problemKey();
        if (problem.isPresent()) {
            if (!problem.get().equals("date.error.missing")) {
                dateProblems.put(name, problem.get());
            }
            return null;
        }
        return field.getValue();
    }

    static QueryParameters changeQuery() {
        return QueryParameters.of("change", "true");
    }
}
