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
        removeAll();
        heading(getTranslation("problem.title"));
        paragraph(getTranslation("problem.body"));
        event.getLocation().getQueryParameters().getSingleParameter("ref")
                .filter(ref -> ref.matches("[A-Z0-9]{1,16}"))
                .ifPresent(ref -> {
                    Paragraph p = new Paragraph(getTranslation("problem.reference") + " ");
                    p.add(strong(ref));
                    add(p);
                });
        add(new Paragraph(new Anchor("", getTranslation("problem.home"))));
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
