package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;

/** Start page of "What are my options" (journeys.md §1): what it does, how long, other ways. */
@Route(value = "options", layout = MainLayout.class)
@AnonymousAllowed
public class OptionsStartView extends PortalPage implements SafetySensitive {
    public OptionsStartView() {
        heading(getTranslation("options.start.title"));
        lead(getTranslation("options.start.lead"));
        add(Pages.bullets(getTranslation("options.start.1"), getTranslation("options.start.2"),
                getTranslation("options.start.3")));
        paragraph(getTranslation("options.start.time"));
        paragraph(getTranslation("options.start.exit"));
        RouterLink start = new RouterLink(getTranslation("options.start.button"), WhereYouLiveView.class);
        start.setId("start-options");
        start.addClassName("button-link");
        add(new Paragraph(start));
        add(new H2(getTranslation("options.start.ni.title")));
        paragraph(getTranslation("options.start.ni"));
        add(new H2(getTranslation("options.start.existing.title")));
        paragraph(getTranslation("options.start.existing"));
        add(new H2(getTranslation("options.start.other.title")));
        paragraph(getTranslation("options.start.other"));
        add(org.childmaintenance.base.ui.TalkToSomeoneLink.paragraph("options"));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("options.start.title");
    }
}
