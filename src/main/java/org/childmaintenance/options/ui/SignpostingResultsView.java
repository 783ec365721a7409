package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.options.SignpostingService;
import org.childmaintenance.options.SignpostingService.Topic;

/** The topics a person ticked, each with a short summary and a link to its page. */
@Route(value = "sorting-out-separation/results", layout = MainLayout.class)
@AnonymousAllowed
public class SignpostingResultsView extends PortalPage implements SafetySensitive, BeforeEnterObserver {
    private final SignpostingService signposting;

    public SignpostingResultsView(SignpostingService signposting) {
        this.signposting = signposting;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Set<String> chosen = Set.copyOf(List.of(event.getLocation().getQueryParameters()
                .getSingleParameter("topics").orElse("").split(",")));
        List<Topic> topics = signposting.topics().stream().filter(t -> chosen.contains(t.slug())).toList();
        if (topics.isEmpty()) {
            event.forwardTo(SignpostingFinderView.class);
            return;
        }
        add(Pages.backLink(SignpostingFinderView.class));
        heading(getTranslation("signposting.results.title"));
        if (topics.stream().anyMatch(t -> t.language() != org.childmaintenance.base.Texts.language())) {
            Div note = Pages.inset(getTranslation("signposting.results.englishOnly"));
            note.setId("english-only");
            add(note);
        }
        for (Topic t : topics) {
            String lang = t.language() == org.childmaintenance.base.Texts.language() ? null : t.language().code();
            add(SignpostingTopicView.inLanguage(lang, new H2(t.title())));
            SignpostingTopicView.inLanguage(lang, paragraph(t.summary()));
            RouterLink link = new RouterLink(getTranslation("signposting.results.read", t.title().toLowerCase()),
                    SignpostingTopicView.class, new RouteParameters("slug", t.slug()));
            link.setId("read-" + t.slug());
            add(new Paragraph(link));
        }
        if (topics.stream().noneMatch(t -> t.slug().equals("domestic-abuse"))) {
            add(Pages.inset(getTranslation("signposting.results.safety")));
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("signposting.results.title");
    }
}
