package org.childmaintenance.options.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.options.Display;
import org.childmaintenance.options.SignpostingService;
import org.childmaintenance.options.SignpostingService.Topic;
import org.jspecify.annotations.Nullable;

/** One signposting topic: plain words, who helps, how to contact them, its source and review date. */
@Route(value = "sorting-out-separation/topic/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class SignpostingTopicView extends PortalPage implements SafetySensitive, BeforeEnterObserver {
    private final SignpostingService signposting;
    private String title = "";

    public SignpostingTopicView(SignpostingService signposting) {
        this.signposting = signposting;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        Topic t = signposting.topic(slug).orElse(null);
        if (t == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = t.title();
        add(Pages.backLink(SignpostingFinderView.class));
        // A topic with no Welsh version yet is shown to a Welsh reader in English, marked as English and said so.
        String lang = t.language() == Texts.language() ? null : t.language().code();
        inLanguage(lang, heading(t.title()));
        if (lang != null) {
            Div note = Pages.inset(getTranslation("signposting.topic.englishOnly"));
            note.setId("english-only");
            add(note);
        }
        inLanguage(lang, lead(t.summary()));
        t.paragraphs().forEach(p -> inLanguage(lang, paragraph(p)));
        add(new H2(getTranslation("signposting.topic.whoHelps")));
        inLanguage(lang, paragraph(t.whoHelps()));
        add(new H2(getTranslation("signposting.topic.contact")));
        Paragraph contact = inLanguage(lang, paragraph(t.howToContact()));
        contact.setId("how-to-contact");
        Paragraph source = new Paragraph(getTranslation("signposting.topic.source") + " ");
        source.add(new Anchor(t.sourceUrl(), t.sourceName()));
        source.add(". " + getTranslation("signposting.topic.reviewed", Display.date(t.lastReviewed())));
        source.addClassName("small-print");
        source.setId("topic-source");
        add(source);
    }

    /** Marks a text in another language than the page's (lang attribute), so screen readers say it right. */
    static <C extends HasElement> C inLanguage(@Nullable String lang, C c) {
        if (lang != null) {
            c.getElement().setAttribute("lang", lang);
        }
        return c;
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
