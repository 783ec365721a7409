package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;

/** Options: making a family-based arrangement, and where to build one here. */
@Route(value = "options/family-based-arrangement", layout = MainLayout.class)
@AnonymousAllowed
public class FamilyArrangementInfoView extends PortalPage implements SafetySensitive {
    public FamilyArrangementInfoView() {
        add(Pages.backLink(ChoicesView.class));
        heading(getTranslation("options.familyInfo.title"));
        lead(getTranslation("options.familyInfo.lead"));
        add(Pages.bullets(getTranslation("options.familyInfo.1"), getTranslation("options.familyInfo.2"),
                getTranslation("options.familyInfo.3"), getTranslation("options.familyInfo.4"),
                getTranslation("options.familyInfo.5")));
        paragraph(getTranslation("options.familyInfo.tracker"));
        Anchor build = new Anchor("arrangement", getTranslation("options.familyInfo.start"));
        build.setId("start-arrangement");
        build.addClassName("button-link");
        add(new Paragraph(build));
        paragraph(getTranslation("options.familyInfo.signIn"));
        add(new H2(getTranslation("options.familyInfo.help.title")));
        Paragraph help = new Paragraph(getTranslation("options.familyInfo.help") + " ");
        help.add(new RouterLink(getTranslation("signposting.link"), SignpostingFinderView.class));
        add(help);
        paragraph(getTranslation("options.familyInfo.breakdown"));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("options.familyInfo.title");
    }
}
