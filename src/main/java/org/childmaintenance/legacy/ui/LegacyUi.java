package org.childmaintenance.legacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.jspecify.annotations.Nullable;

/** Small shared pieces of the old-scheme pages. */
final class LegacyUi {
    private LegacyUi() {
    }

    static String date(@Nullable LocalDate date) {
        return org.childmaintenance.base.DisplayFormats.date(date);
    }

    /** A notification banner (UX.md: a region with an H2, never a self-closing notification). */
    static Div banner(String id, String title, boolean success, Component... body) {
        return org.childmaintenance.base.ui.Banner.of(id, title, success, body);
    }

    static Paragraph para(String text) {
        return new Paragraph(text);
    }

    static Span tag(String text, String colour) {
        Span tag = new Span(text);
        tag.addClassNames("tag", "tag--" + colour);
        return tag;
    }

    static String colour(Stage stage) {
        return switch (stage) {
            case END_DATE_NEEDED -> "grey";
            case NOTICE_DUE -> "yellow";
            case NOTICE_SENT, REMINDER_SENT -> "blue";
            case ENDED -> "green";
        };
    }
}
