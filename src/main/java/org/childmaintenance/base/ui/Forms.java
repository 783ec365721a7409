package org.childmaintenance.base.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Form building blocks in the house style (UX.md §2): label, hint above the field, errors on submit. */
public final class Forms {
    private Forms() {
    }

    public static TextField text(String id, String label, String hint) {
        TextField field = new TextField(label);
        field.setId(id);
        if (hint != null) {
            field.setHelperText(hint);
        }
        field.addThemeName("helper-above-field");
        field.addClassName("field");
        return field;
    }

    public static TextField email(String id, String label, String hint) {
        TextField field = text(id, label, hint);
        field.setAutocomplete(Autocomplete.EMAIL);
        field.getElement().setAttribute("inputmode", "email");
        field.getElement().setAttribute("spellcheck", "false");
        field.addClassName("field--wide");
        return field;
    }

    public static PasswordField password(String id, String label, String hint, Autocomplete autocomplete) {
        PasswordField field = new PasswordField(label);
        field.setId(id);
        if (hint != null) {
            field.setHelperText(hint);
        }
        field.addThemeName("helper-above-field");
        field.setAutocomplete(autocomplete);
        field.addClassName("field");
        field.addClassName("field--wide");
        return field;
    }

    /** The page's one primary button; it cannot be pressed twice while the first press is handled. */
    public static Button primary(String id, String text, ComponentEventListener<ClickEvent<Button>> onClick) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                onClick.onComponentEvent(e);
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }

    /** Radios in a vertical list, none pre-selected (UX.md: never pre-select). */
    public static <T> com.vaadin.flow.component.radiobutton.RadioButtonGroup<T> radios(String id, String label,
            String hint, java.util.List<T> items, com.vaadin.flow.function.SerializableFunction<T, String> caption) {
        var group = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<T>(label);
        group.setId(id);
        group.addThemeName("vertical");
        group.addThemeName("helper-above-field");
        if (hint != null) {
            group.setHelperText(hint);
        }
        group.setItems(items);
        group.setItemLabelGenerator(caption::apply);
        return group;
    }

    /** A money amount field: text, not a number input (UX.md), with a £ prefix and decimal keyboard. */
    public static TextField money(String id, String label, String hint) {
        TextField field = text(id, label, hint);
        field.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        field.getElement().setAttribute("inputmode", "decimal");
        field.addClassName("field--money");
        return field;
    }

    public static Div group(com.vaadin.flow.component.Component... components) {
        Div div = new Div(components);
        div.addClassName("form-group");
        return div;
    }

    public static void clearErrors(HasValidation... fields) {
        for (HasValidation f : fields) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    /**
     * Labels a select and names its list after the label: Vaadin's list of options (role listbox, shown when the
     * select opens) has no name of its own otherwise (axe aria-input-field-name, WCAG 4.1.2).
     */
    public static void label(Select<?> select, String label) {
        select.setLabel(label);
        select.getElement().getChildren().filter(e -> "vaadin-select-list-box".equals(e.getTag()))
                .forEach(e -> e.setAttribute("aria-label", label));
    }
}
