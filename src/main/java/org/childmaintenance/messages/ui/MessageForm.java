package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.FileUploadField;
import org.childmaintenance.messages.MessageViews.NewAttachment;

/** Shows a service's refusal on a message form: each field error next to its field and in the summary, in page order. */
final class MessageForm {
    private MessageForm() {
    }

    /** {@code fields}: field name to component, in page order; "attachment" goes to the picker. */
    static void showErrors(Component page, ErrorSummary summary, UserFacingException e, Map<String, Component> fields,
                           FileUploadField picker, Component fallback) {
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

    /** The attachments field of every message form (the one upload component, base.ui.FileUploadField). */
    static FileUploadField attachments(Component page) {
        return new FileUploadField("attachment", page.getTranslation("messages.attachment.label"),
                page.getTranslation("messages.attachment.hint"), 5);
    }

    /** The chosen files as the message service takes them (it checks them again). */
    static List<NewAttachment> files(FileUploadField picker) {
        return picker.files().stream().map(f -> new NewAttachment(f.fileName(), f.bytes())).toList();
    }

    static void clear(ErrorSummary summary, FileUploadField picker, Component... fields) {
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
