package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.childmaintenance.options.ArrangementService;

/** A builder step with one question answered in a few sentences (the H1 labels the box). */
abstract class TextStep extends StepPage {
    protected final TextArea text = new TextArea();
    private final String field;

    TextStep(ArrangementService arrangements, String key, String field) {
        super(arrangements, key);
        this.field = field;
        text.setId(field);
        // On the text area's own <textarea> (Vaadin's accessibleNameRef), not only on its host element: otherwise
        // the <textarea> is named by the field's empty, hidden <label> (axe "label", WCAG 1.3.1, 4.1.2).
        labelledByQuestion(text);
        text.setHelperText(getTranslation(key + ".hint"));
        text.addThemeName("helper-above-field");
        text.addClassName("field--area");
        text.setMaxLength(1000);
    }

    protected void fill(String value, String leadKey) {
        text.setValue(value == null ? "" : value);
        form.add(new Paragraph(getTranslation(leadKey)));
        form.add(text);
    }

    @Override
    protected Map<String, Component> fields() {
        return Map.of(field, text);
    }
}
