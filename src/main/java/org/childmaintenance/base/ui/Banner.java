package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The portal's notification banner (UX.md): a region labelled by its H2, never a self-closing toast. A success
 * banner is also an alert, so a screen reader announces it.
 */
public final class Banner {
    private Banner() {
    }

    /** A banner with one paragraph of text. */
    public static Div of(String id, String title, String text, boolean success) {
        return of(id, title, success, new Paragraph(text));
    }

    /** A banner with any content under its heading. */
    public static Div of(String id, String title, boolean success, Component... body) {
        Div banner = new Div();
        banner.setId(id);
        banner.addClassName("banner");
        if (success) {
            banner.addClassName("banner--success");
        }
        banner.getElement().setAttribute("role", success ? "alert" : "region");
        H2 h2 = new H2(title);
        h2.setId(id + "-title");
        banner.getElement().setAttribute("aria-labelledby", id + "-title");
        banner.add(h2);
        banner.add(body);
        return banner;
    }
}
