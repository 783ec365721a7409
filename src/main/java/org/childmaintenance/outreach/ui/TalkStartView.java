package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.TalkToSomeoneLink;
import org.childmaintenance.outreach.RequestKind;
import org.childmaintenance.outreach.ui.TalkSteps.Step;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Talk to someone", reached from the options journey, the estimate and the arrangement builder (which
 * link here by path, {@code ?from=} saying where from): a phone call-back or a face-to-face appointment at
 * a partner centre. Parents and visitors; other signed-in people are told it is for parents.
 */
@Route(value = TalkToSomeoneLink.PATH, layout = MainLayout.class)
@AnonymousAllowed
public class TalkStartView extends TalkQuestion {
    private final RadioButtonGroup<RequestKind> how = Forms.radios("how", null, null,
            List.of(RequestKind.CALL_BACK, RequestKind.APPOINTMENT), k -> getTranslation("outreach.how." + k.name()));

    public TalkStartView() {
        labelledByQuestion(how);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> from = event.getLocation().getQueryParameters().getParameters().getOrDefault("from", List.of());
        if (!from.isEmpty()) {
            TalkJourney.current().from = from.getFirst();
        }
        super.beforeEnter(event);
    }

    @Override
    protected Step step() {
        return Step.HOW;
    }

    @Override
    protected void build(TalkJourney journey) {
        if (!TalkSteps.visitor() && !isParent()) {
            startQuestion(null, getTranslation("outreach.caption"), getTranslation("outreach.how.title"), null);
            paragraph(getTranslation("outreach.how.parentsOnly")).setId("parents-only");
            return;
        }
        Div intro = new Div(new Paragraph(getTranslation("outreach.how.intro")),
                new Paragraph(getTranslation("outreach.how.free")));
        how.setValue(journey.kind);
        show(getTranslation("outreach.how.title"), null, intro, urgent(), Forms.group(how));
        add(myRequests());
    }

    private Component urgent() {
        Div inset = new Div(new Paragraph(getTranslation("outreach.how.danger")));
        inset.addClassName("inset-text");
        return inset;
    }

    private Component myRequests() {
        if (TalkSteps.visitor()) {
            return new Div();
        }
        RouterLink link = new RouterLink(getTranslation("outreach.how.myRequests"), YourRequestsView.class);
        link.setId("my-requests");
        return new Paragraph(link);
    }

    private static boolean isParent() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PARENT"));
    }

    @Override
    protected @Nullable RouterLink back() {
        return null;
    }

    @Override
    protected List<Component> fields() {
        return List.of(how);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        if (how.getValue() == null) {
            return error(how, Optional.of("outreach.error.how.missing"));
        }
        journey.choose(how.getValue());
        return Map.of();
    }
}
