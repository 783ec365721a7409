package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import static org.childmaintenance.base.Texts.t;

/** Small page pieces shared by the options, arrangement and signposting pages. */
final class Pages {
    private Pages() {
    }

    static RouterLink backLink(Class<? extends Component> target) {
        RouterLink back = new RouterLink(t("options.back"), target);
        back.setId("back-link");
        back.addClassName("back-link");
        return back;
    }

    static RouterLink backLink(Class<? extends Component> target, RouteParameters parameters) {
        RouterLink back = new RouterLink(t("options.back"), target, parameters);
        back.setId("back-link");
        back.addClassName("back-link");
        return back;
    }

    static UnorderedList bullets(String... texts) {
        UnorderedList list = new UnorderedList();
        list.addClassName("bullets");
        for (String t : texts) {
            list.add(new ListItem(t));
        }
        return list;
    }

    /** Text set apart with a left border (GOV.UK "inset text"). */
    static Div inset(String text) {
        Div div = new Div(new Paragraph(text));
        div.addClassName("inset-text");
        return div;
    }

    /** A warning in bold with an icon-free "Warning" prefix for screen readers. */
    static Div warning(String text) {
        Div div = new Div();
        div.addClassName("warning-text");
        com.vaadin.flow.component.html.Span hidden = new com.vaadin.flow.component.html.Span(
                t("options.warning") + " ");
        hidden.addClassName("visually-hidden");
        com.vaadin.flow.component.html.Span strong = new com.vaadin.flow.component.html.Span(text);
        strong.addClassName("warning-text__text");
        div.add(new Paragraph(hidden, strong));
        return div;
    }

    /** A notification banner (UX.md: a region with an H2, never a self-closing notification). */
    static Div banner(String id, String title, String text, boolean success) {
        return org.childmaintenance.base.ui.Banner.of(id, title, text, success);
    }
}
