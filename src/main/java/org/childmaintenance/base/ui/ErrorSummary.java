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
    /** Focuses the first enabled control inside a group that is not itself focusable (radio buttons, check boxes). */
    static final String FOCUS_FIRST_INPUT = "const i = this.querySelector('input:not([disabled]), textarea, select, button');"
            + " (i || this).focus();";
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

    /**
     * Shows errors at their fields and in the summary, in the map's order (page order), then focuses
     * the summary. (Forms here validate on Continue without a Binder; UX.md §3.)
     */
    public void show(Map<? extends Component, String> errorsByField) {
        errors.clear();
        errorsByField.forEach((c, m) -> {
            errors.putIfAbsent(c, m);
            if (c instanceof MemorableDateField date) {
                if (!date.isInvalid()) {
                    date.showError(m, date.problemKey().orElse(null));
                } else {
                    date.setErrorMessage(m);
                }
            } else if (c instanceof HasValidation v) {
                v.setErrorMessage(m);
                v.setInvalid(true);
            }
        });
        render();
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
            // A date's link goes to its first wrong box; the message stays on the date field alone.
            Component target = field instanceof MemorableDateField date ? date.firstWrongPart() : field;
            String id = target.getId().orElseGet(() -> {
                String generated = "f" + Integer.toHexString(System.identityHashCode(target));
                target.setId(generated);
                return generated;
            });
            Anchor link = new Anchor("#" + id, message);
            link.setRouterIgnore(true);
            link.getElement().addEventListener("click", e -> {
                field.scrollIntoView();
                if (target instanceof Focusable<?> f) {
                    f.focus();
                } else {
                    // A radio or checkbox group is not Focusable: focus its first input (or the group).
                    target.getElement().executeJs(FOCUS_FIRST_INPUT);
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
