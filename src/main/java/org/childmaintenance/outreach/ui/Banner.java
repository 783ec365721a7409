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
        return org.childmaintenance.base.ui.Banner.of(id, title, text, success);
    }
}
