package org.childmaintenance.options.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.options.Eligibility;

/** Options: the end pages for people this service cannot help (yet), with what they can do instead. */
@Route(value = "options/end", layout = MainLayout.class)
@AnonymousAllowed
public class OptionsEndView extends PortalPage implements SafetySensitive, HasUrlParameter<String> {
    private String key = "options.end.NOT_IN_UK";

    static void show(Eligibility outcome) {
        UI.getCurrent().navigate(OptionsEndView.class, outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        Eligibility outcome;
        try {
            outcome = Eligibility.valueOf(parameter.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            outcome = Eligibility.NOT_IN_UK;
        }
        if (outcome == Eligibility.MAY_APPLY || outcome == Eligibility.INCOMPLETE) {
            outcome = Eligibility.NOT_IN_UK;
        }
        key = "options.end." + outcome.name();
        add(Pages.backLink(WhereYouLiveView.class));
        heading(getTranslation(key + ".title"));
        paragraph(getTranslation(key + ".body"));
        paragraph(getTranslation(key + ".next"));
        if (outcome != Eligibility.NORTHERN_IRELAND) {
            add(new Paragraph(new RouterLink(getTranslation("options.end.family"), FamilyArrangementInfoView.class)));
        }
        add(new Paragraph(new RouterLink(getTranslation("signposting.link"), SignpostingFinderView.class)));
    }

    @Override
    protected String pageTitle() {
        return getTranslation(key + ".title");
    }
}
