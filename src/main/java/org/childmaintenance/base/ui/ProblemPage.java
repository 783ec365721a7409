package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the UI error handler sends people after a failure in a button or form: what happened, a reference. */
@Route(value = "problem", layout = MainLayout.class)
@AnonymousAllowed
public class ProblemPage extends PortalPage implements BeforeEnterObserver {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(this, event.getLocation().getQueryParameters().getSingleParameter("ref")
                .filter(ref -> ref.matches("[A-Z0-9]{1,16}")).orElse(null));
    }

    /** The "there is a problem" content, with the reference to quote if there is one. */
    static void render(PortalPage page, String reference) {
        page.removeAll();
        page.heading(page.getTranslation("problem.title"));
        page.paragraph(page.getTranslation("problem.body"));
        if (reference != null) {
            Paragraph p = new Paragraph(page.getTranslation("problem.reference") + " ");
            p.add(strong(reference));
            page.add(p);
        }
        page.add(new Paragraph(new Anchor("", page.getTranslation("problem.home"))));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("problem.title");
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("reference");
        span.getElement().getStyle().set("font-weight", "700");
        return span;
    }
}
