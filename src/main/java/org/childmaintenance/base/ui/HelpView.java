package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Help and contact: reached from the same footer link on every page (WCAG 3.2.6). */
@Route(value = "help", layout = MainLayout.class)
@AnonymousAllowed
public class HelpView extends PortalPage {
    public HelpView() {
        heading(getTranslation("help.title"));
        lead(getTranslation("help.lead"));
        add(new H2(getTranslation("help.phone.title")));
        paragraph(getTranslation("help.phone"));
        paragraph(getTranslation("help.phone.hours"));
        add(new H2(getTranslation("help.safety.title")));
        paragraph(getTranslation("help.safety"));
        add(new H2(getTranslation("help.access.title")));
        paragraph(getTranslation("help.access"));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("help.title");
    }
}
