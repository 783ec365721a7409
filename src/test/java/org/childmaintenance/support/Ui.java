package org.childmaintenance.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.childmaintenance.base.ui.ErrorSummary;

/** Short helpers for Karibu tests: find by id, type, click, read what a person would read. */
public final class Ui {
    private Ui() {
    }

    @SuppressWarnings("unchecked")
    public static <V> void type(String id, V value) {
        Component c = byId(id);
        HasValueUtilsKt._setValue((HasValue<?, V>) c, value);
    }

    public static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    public static Component byId(String id) {
        return _get(Component.class, spec -> spec.withId(id));
    }

    public static String h1() {
        return _get(H1.class).getText();
    }

    public static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    public static ErrorSummary summary() {
        return _get(ErrorSummary.class);
    }

    public static List<String> summaryMessages() {
        List<ErrorSummary> found = _find(ErrorSummary.class);
        return found.isEmpty() || !found.getFirst().isVisible() ? List.of() : found.getFirst().messages();
    }

    public static String errorOf(String fieldId) {
        Component c = byId(fieldId);
        if (c instanceof com.vaadin.flow.component.HasValidation v && v.isInvalid()) {
            return v.getErrorMessage();
        }
        return null;
    }

    /** The menu's entries (the language switch is a navigation of its own, not part of the menu). */
    public static List<String> navLinks() {
        return _find(Component.class, spec -> spec.withPredicate(c ->
                c.getElement().getParent() != null
                        && c.getElement().getParent().getTag().equals("li")
                        && c.findAncestor(com.vaadin.flow.component.html.Nav.class) != null
                        && !c.findAncestor(com.vaadin.flow.component.html.Nav.class).getId()
                                .filter("language-switch"::equals).isPresent()))
                .stream().map(c -> c.getElement().getText()).toList();
    }

    public static boolean hasLink(String text) {
        return !_find(Anchor.class, spec -> spec.withText(text)).isEmpty();
    }
}
