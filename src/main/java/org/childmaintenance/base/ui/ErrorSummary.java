package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "There is a problem" box at the top of a form: one link per error, in page order, each
 * moving focus to its field. Hidden while there are no errors.
 */
@Tag("div")
public class ErrorSummary extends Component implements Focusable<ErrorSummary> {
    private final Div alert = new Div();
    private final UnorderedList list = new UnorderedList();
    private final Map<Component, String> errors = new LinkedHashMap<>();

    public ErrorSummary() {
        getElement().setAttribute("class", "error-summary");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", "error-summary-title");
        H2 title = new H2(getTranslation("error.summary.title"));
        title.setId("error-summary-title");
        title.addClassName("error-summary__title");
        alert.getElement().setAttribute("role", "alert");
        alert.add(title, list);
        getElement().appendChild(alert.getElement());
        setVisible(false);
    }

    /** Shows the binder's field errors (in the order the fields were bound) plus any others, then focuses. */
    public void show(BinderValidationStatus<?> status, Map<? extends Component, String> extra) {
        errors.clear();
        if (status != null) {
            for (BindingValidationStatus<?> s : status.getFieldValidationErrors()) {
                if (s.getField() instanceof Component c) {
                    errors.putIfAbsent(c, s.getMessage().orElse(""));
                }
            }
        }
        extra.forEach((c, m) -> {
            errors.putIfAbsent(c, m);
            if (c instanceof HasValidation v) {
                v.setErrorMessage(m);
                v.setInvalid(true);
            }
        });
        render();
    }

    /** Shows errors that belong to fields without a binder. */
    public void show(Map<? extends Component, String> errorsByField) {
        show(null, errorsByField);
    }

    /**
     * Shows errors a service reported by field name (their messages are translation keys), each at
     * the component named for it. Errors for fields not on the page go to {@code fallback}.
     */
    public void show(java.util.List<org.childmaintenance.base.UserFacingException.FieldError> fieldErrors,
                     Map<String, ? extends Component> fields, Component fallback) {
        Map<Component, String> errors = new LinkedHashMap<>();
        fieldErrors.forEach(fe -> {
            Component target = fields.containsKey(fe.field()) ? fields.get(fe.field()) : fallback;
            errors.putIfAbsent(target, getTranslation(fe.message()));
        });
        show(errors);
    }

    public void clear() {
        errors.clear();
        render();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<String> messages() {
        return new ArrayList<>(errors.values());
    }

    private void render() {
        list.removeAll();
        errors.forEach((field, message) -> {
            String id = field.getId().orElseGet(() -> {
                String generated = "f" + Integer.toHexString(System.identityHashCode(field));
                field.setId(generated);
                return generated;
            });
            Anchor link = new Anchor("#" + id, message);
            link.setRouterIgnore(true);
            link.getElement().addEventListener("click", e -> {
                field.scrollIntoView();
                if (field instanceof Focusable<?> f) {
                    f.focus();
                }
            }).addEventData("event.preventDefault()");
            list.add(new ListItem(link));
        });
        setVisible(!errors.isEmpty());
        if (!errors.isEmpty()) {
            focus();
        }
    }
}
