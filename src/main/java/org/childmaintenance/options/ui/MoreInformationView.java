package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;

/** Options: more information before choosing, then back to the choice. */
@Route(value = "options/more-information", layout = MainLayout.class)
@AnonymousAllowed
public class MoreInformationView extends PortalPage implements SafetySensitive {
    public MoreInformationView() {
        add(Pages.backLink(ChoicesView.class));
        heading(getTranslation("options.more.title"));
        paragraph(getTranslation("options.more.lead"));
        UnorderedList list = new UnorderedList();
        list.addClassName("bullets");
        list.add(new ListItem(new RouterLink(getTranslation("options.more.signposting"), SignpostingFinderView.class)));
        list.add(new ListItem(new Anchor("https://www.gov.uk/making-child-maintenance-arrangement",
                getTranslation("options.more.govuk"))));
        list.add(new ListItem(new Anchor("https://www.citizensadvice.org.uk/family/children-and-young-people/child-maintenance/",
                getTranslation("options.more.citizensAdvice"))));
        list.add(new ListItem(new Anchor("https://www.gingerbread.org.uk/", getTranslation("options.more.gingerbread"))));
        add(list);
        paragraph(getTranslation("options.more.phone"));
        RouterLink back = new RouterLink(getTranslation("options.more.back"), ChoicesView.class);
        back.setId("back-to-options");
        back.addClassName("button-link");
        add(new Paragraph(back));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("options.more.title");
    }
}
