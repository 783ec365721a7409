package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A notification banner (UX.md: a region with an H2; a success also an alert), never a self-closing toast. */
final class Banner {
    private Banner() {
    }

    static Div success(String id, String title, String text) {
        return of(id, title, text, true);
    }

    static Div of(String id, String title, String text, boolean success) {
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
        banner.add(h2, new Paragraph(text));
        return banner;
    }
}
