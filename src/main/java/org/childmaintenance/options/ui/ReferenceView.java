package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;

/** Options, confirmation: the reference number to quote when applying, and what happens next. */
@Route(value = "options/reference", layout = MainLayout.class)
@AnonymousAllowed
public class ReferenceView extends PortalPage implements SafetySensitive, BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String reference = OptionsJourney.current().reference;
        if (reference == null) {
            heading(getTranslation("options.reference.none.title"));
            paragraph(getTranslation("options.reference.none"));
            add(new Paragraph(new RouterLink(getTranslation("options.startAgain"), OptionsStartView.class)));
            return;
        }
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("reference-panel");
        H1 h1 = new H1(getTranslation("options.reference.title"));
        h1.setId("page-heading");
        h1.getElement().setAttribute("tabindex", "-1");
        Paragraph p = new Paragraph(getTranslation("options.reference.yours") + " ");
        Span strong = new Span(reference);
        strong.setId("reference-number");
        strong.addClassName("panel__reference");
        p.add(strong);
        panel.add(h1, p);
        add(panel);
        paragraph(getTranslation("options.reference.keep"));
        add(new H2(getTranslation("options.reference.next.title")));
        add(Pages.bullets(getTranslation("options.reference.next.1"), getTranslation("options.reference.next.2"),
                getTranslation("options.reference.next.3")));
        Anchor apply = new Anchor("apply?reference=" + reference, getTranslation("options.reference.apply"));
        apply.setId("apply-now");
        apply.addClassName("button-link");
        add(new Paragraph(apply));
        add(new H2(getTranslation("options.reference.phone.title")));
        paragraph(getTranslation("options.reference.phone"));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("options.reference.title");
    }
}
