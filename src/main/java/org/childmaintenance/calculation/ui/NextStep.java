package org.childmaintenance.calculation.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.function.Function;

/** Where someone can go from an estimate: agree it privately, apply to the service, or start again. */
record NextStep(Anchor link) {
    static List<NextStep> available(Function<String, String> text) {
        return List.of(link("next-arrangement", "arrangement", text.apply("estimate.next.arrangement")),
                link("next-apply", "options", text.apply("estimate.next.apply")),
                link("start-again", "estimate", text.apply("estimate.next.startAgain")));
    }

    private static NextStep link(String id, String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        return new NextStep(a);
    }
}
