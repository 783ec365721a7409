package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.PortalPage;

/**
 * An employer or casework form page: the service checks what was entered and its field errors
 * show in the error summary and next to each field (UX.md §3). Typed dates that are not real
 * dates are caught here, before the service is asked.
 */
abstract class FormPage extends PortalPage {
    protected final ErrorSummary summary = new ErrorSummary();
    /** Service field names to the components that show their errors, in page order. */
    protected final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<Component, String> typingErrors = new LinkedHashMap<>();

    protected FormPage() {
        add(summary);
    }

    /** The typed date, or null when blank (the service then says it is required) or not a real date. */
    protected LocalDate date(MemorableDateField field) {
        if (field.isBlank()) {
            return null;
        }
        Optional<String> problem = field.problemKey();
        if (problem.isPresent()) {
            typingErrors.put(field, getTranslation(problem.get()));
            return null;
        }
        return field.getValue();
    }

    /**
     * Runs the service call (dates read with {@link #date} before it); shows its field errors, a
     * typing error winning over the service's "enter a date", and returns false if it refused.
     */
    protected boolean submit(Runnable call) {
        clearAll();
        try {
            call.run();
            summary.clear();
            setShowingErrors(false);
            return true;
        } catch (UserFacingException e) {
            Map<Component, String> errors = new LinkedHashMap<>(typingErrors);
            for (UserFacingException.FieldError fe : e.fieldErrors()) {
                Component target = fields.getOrDefault(fe.field(), this);
                errors.putIfAbsent(target, getTranslation(fe.message()));
            }
            if (errors.isEmpty()) {
                errors.put(fields.values().stream().findFirst().orElse(this), getTranslation(e.getMessage()));
            }
            // keep page order: fields first as laid out
            Map<Component, String> ordered = new LinkedHashMap<>();
            fields.values().forEach(c -> { if (errors.containsKey(c)) ordered.put(c, errors.get(c)); });
            errors.forEach(ordered::putIfAbsent);
            ordered.forEach((c, m) -> {
                if (c instanceof MemorableDateField d) {
                    d.showError(m, "date.error.real");
                }
            });
            summary.show(ordered);
            summary.focus();
            setShowingErrors(true);
            return false;
        } finally {
            typingErrors.clear();
        }
    }

    private void clearAll() {
        fields.values().forEach(c -> {
            if (c instanceof MemorableDateField d) {
                d.clearError();
            } else if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
    }
}
