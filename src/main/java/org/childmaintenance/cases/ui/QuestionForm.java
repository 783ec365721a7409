package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MemorableDateField;

/**
 * One question page's fields, built for the answers so far: each field has a name (the one the
 * service uses in its errors), a component and a writer that copies what was typed back into
 * the answers. A page with one field has no label: its H1 is the question (UX.md §2).
 */
final class QuestionForm {
    private final Component host;
    private final String heading;
    private final String hint;
    private final Div content = new Div();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final List<Runnable> writers = new ArrayList<>();
    private final Map<MemorableDateField, String> dates = new LinkedHashMap<>();

    QuestionForm(Component host, String heading, String hint) {
        this.host = host;
        this.heading = heading;
        this.hint = hint;
    }

    String heading() {
        return heading;
    }

    String hint() {
        return hint;
    }

    Div content() {
        return content;
    }

    Map<String, Component> fields() {
        return fields;
    }

    private String tr(String key) {
        return host.getTranslation(key);
    }

    /** A field without a label is named by the page's H1 (the question). */
    private void labelledByHeading(Component c, String label) {
        if (label == null) {
            org.childmaintenance.base.ui.OneQuestionPage.labelledByQuestion(c);
        }
    }

    TextField text(String name, String label, String value, Consumer<String> writer, String widthClass) {
        TextField f = Forms.text("q-" + name, label, null);
        labelledByHeading(f, label);
        f.setValue(value == null ? "" : value);
        if (widthClass != null) {
            f.addClassName(widthClass);
        }
        return add(name, f, () -> writer.accept(f.getValue()));
    }

    TextField money(String name, String label, String value, Consumer<String> writer) {
        TextField f = Forms.money("q-" + name, label, null);
        labelledByHeading(f, label);
        f.setValue(value == null ? "" : value);
        return add(name, f, () -> writer.accept(f.getValue()));
    }

    TextArea area(String name, String label, String value, Consumer<String> writer) {
        TextArea f = new TextArea(label);
        f.setId("q-" + name);
        labelledByHeading(f, label);
        f.addClassName("field");
        f.addClassName("field--wide");
        f.setValue(value == null ? "" : value);
        return add(name, f, () -> writer.accept(f.getValue()));
    }

    <T> RadioButtonGroup<T> radios(String name, String label, List<T> items, SerializableFunction<T, String> caption,
                                   T value, Consumer<T> writer) {
        RadioButtonGroup<T> g = Forms.radios("q-" + name, label, null, items, caption);
        labelledByHeading(g, label);
        if (value != null) {
            g.setValue(value);
        }
        return add(name, g, () -> writer.accept(g.getValue()));
    }

    RadioButtonGroup<Boolean> yesNo(String name, String label, Boolean value, Consumer<Boolean> writer) {
        return radios(name, label, List.of(Boolean.TRUE, Boolean.FALSE),
                b -> tr(b ? "answer.yes" : "answer.no"), value, writer);
    }

    /** A memorable date; a date that is not real is reported by the page itself (the service never sees it). */
    MemorableDateField date(String name, String label, LocalDate value, Consumer<LocalDate> writer) {
        TypedDateField f = new TypedDateField("q-" + name, label, tr("date.hint"));
        labelledByHeading(f, label);
        if (value != null) {
            f.setValue(value);
        }
        dates.put(f, name);
        return add(name, f, () -> writer.accept(f.isBlank() || f.problemKey().isPresent() ? null : f.typed()));
    }

    /** Reads the date from its three boxes as typed (the field's own value follows browser change events only). */
    static final class TypedDateField extends MemorableDateField {
        TypedDateField(String id, String label, String hint) {
            super(id, label, hint, false);
        }

        LocalDate typed() {
            return generateModelValue();
        }
    }

    Checkbox checkbox(String name, String label, boolean value, Consumer<Boolean> writer) {
        Checkbox c = new Checkbox(label);
        c.setId("q-" + name);
        c.setValue(value);
        return add(name, c, () -> writer.accept(c.getValue()));
    }

    private <C extends Component> C add(String name, C component, Runnable writer) {
        fields.put(name, component);
        writers.add(writer);
        content.add(org.childmaintenance.base.ui.Forms.group(component));
        return component;
    }

    /** Copies what was typed into the answers. */
    void write() {
        writers.forEach(Runnable::run);
    }

    /** Problems the page finds itself (dates that are not real), by field name, as translation keys. */
    Map<String, String> ownProblems() {
        Map<String, String> out = new LinkedHashMap<>();
        dates.forEach((f, name) -> {
            if (!f.isBlank() && f.isVisible()) {
                f.problemKey().ifPresent(k -> out.put(name, k));
            }
        });
        return out;
    }

    void clearErrors() {
        for (Component c : fields.values()) {
            if (c instanceof MemorableDateField d) {
                d.clearError();
            } else if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        }
    }

    /** Marks fields invalid and returns component → message for the error summary, in page order. */
    Map<Component, String> showErrors(Map<String, String> messagesByField) {
        Map<Component, String> out = new LinkedHashMap<>();
        fields.forEach((name, c) -> {
            String m = messagesByField.get(name);
            if (m == null) {
                return;
            }
            if (c instanceof MemorableDateField d) {
                d.showError(m, d.problemKey().orElse(null));
            }
            out.put(c, m);
        });
        messagesByField.forEach((name, m) -> {
            if (!fields.containsKey(name) && !fields.isEmpty()) {
                out.putIfAbsent(fields.values().iterator().next(), m);
            }
        });
        return out;
    }
}
