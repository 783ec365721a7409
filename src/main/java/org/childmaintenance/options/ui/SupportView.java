package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;

/** Options: support if you are affected by domestic abuse (helpline, 999, no contact needed). LC-17.4. */
@Route(value = "options/support", layout = MainLayout.class)
@AnonymousAllowed
public class SupportView extends PortalPage implements SafetySensitive, BeforeEnterObserver {
    public SupportView() {
        add(Pages.backLink(SafetyView.class));
        heading(getTranslation("options.support.title"));
        add(Pages.warning(getTranslation("options.support.emergency")));
        add(new H2(getTranslation("options.support.helplines")));
        add(Pages.bullets(getTranslation("options.support.england"), getTranslation("options.support.wales"),
                getTranslation("options.support.scotland"), getTranslation("options.support.men")));
        paragraph(getTranslation("options.support.free"));
        add(new H2(getTranslation("options.support.noContact.title")));
        paragraph(getTranslation("options.support.noContact.1"));
        paragraph(getTranslation("options.support.noContact.2"));
        add(new H2(getTranslation("options.support.tell.title")));
        paragraph(getTranslation("options.support.tell"));
        add(new Paragraph(Forms.primary("continue", getTranslation("options.continue"),
                e -> getUI().ifPresent(ui -> ui.navigate(ChoicesView.class)))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (OptionsJourney.current().safety == null) {
            event.forwardTo(OptionsStartView.class);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("options.support.title");
    }
}
