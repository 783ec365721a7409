package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public start page: what the service does, who can use it, what you need, how to start. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class StartView extends PortalPage {
    public StartView() {
        heading(getTranslation("start.title"));
        lead(getTranslation("start.lead"));
        paragraph(getTranslation("start.use"));
        add(bullets("start.use.1", "start.use.2", "start.use.3", "start.use.4"));

        add(new H2(getTranslation("start.who.title")));
        add(bullets("start.who.1", "start.who.2", "start.who.3", "start.who.4"));

        Paragraph estimate = new Paragraph(getTranslation("start.estimate") + " ");
        Anchor estimateLink = new Anchor("estimate", getTranslation("start.estimate.link"));
        estimateLink.setId("start-estimate");
        estimate.add(estimateLink);
        add(estimate);

        UnorderedList more = bullets();
        more.add(new ListItem(link("start-options", "options", "start.options")),
                new ListItem(link("start-separation", "sorting-out-separation", "start.separation")));
        add(more);

        add(new H2(getTranslation("start.need.title")));
        paragraph(getTranslation("start.need"));

        Anchor startNow = new Anchor("register", getTranslation("start.startNow"));
        startNow.setId("start-now");
        startNow.addClassName("button-link");
        add(new Paragraph(startNow));

        Paragraph signIn = new Paragraph(getTranslation("start.haveAccount") + " ");
        Anchor signInLink = new Anchor("sign-in", getTranslation("start.signIn"));
        signInLink.setId("start-sign-in");
        signIn.add(signInLink);
        add(signIn);

        add(new H2(getTranslation("start.other.title")));
        paragraph(getTranslation("start.other"));
    }

    private Anchor link(String id, String href, String key) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.setId(id);
        return a;
    }

    private UnorderedList bullets(String... keys) {
        UnorderedList list = new UnorderedList();
        list.addClassName("bullets");
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("start.title");
    }
}
