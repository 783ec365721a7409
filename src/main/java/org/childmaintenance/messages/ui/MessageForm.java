package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;

/** Shows a service's refusal on a message form: each field error next to its field and in the summary, in page order. */
final class MessageForm {
    private MessageForm() {
    }

    /** {@code fields}: field name to component, in page order; "attachment" goes to the picker. */
    static void showErrors(Component page, ErrorSummary summary, UserFacingException e, Map<String, Component> fields,
                           AttachmentPicker picker, Component fallback) {
        Map<Component, String> errors = new LinkedHashMap<>();
        Map<String, String> byField = new LinkedHashMap<>();
        e.fieldErrors().forEach(fe -> byField.putIfAbsent(fe.field(), fe.message()));
        fields.forEach((name, component) -> {
            String key = byField.get(name);
            if (key != null) {
                errors.put(component, page.getTranslation(key));
            }
        });
        if (byField.containsKey("attachment")) {
            String text = page.getTranslation(byField.get("attachment"));
            picker.showError(text);
            errors.put(picker.upload(), text);
        }
        if (errors.isEmpty()) {
            errors.put(fallback, page.getTranslation(e.getMessage()));
        }
        summary.show(errors);
    }

    static void clear(ErrorSummary summary, AttachmentPicker picker, Component... fields) {
        summary.clear();
        picker.clearError();
        for (Component c : fields) {
            if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        }
    }
}
