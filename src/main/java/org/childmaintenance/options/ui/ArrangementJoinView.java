package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementService;

/**
 * The link in an invitation e-mail. Signed in as a parent, the code is used at once and the
 * arrangement opens; otherwise the page asks the person to sign in (or create an account) first and
 * shows the code to enter afterwards. Says nothing about the arrangement before that.
 */
@Route(value = "arrangement/join", layout = MainLayout.class)
@AnonymousAllowed
public class ArrangementJoinView extends PortalPage implements BeforeEnterObserver {
    private final ArrangementService arrangements;
    private final CurrentUser currentUser;
    private String titleKey = "arrangement.join.title";

    public ArrangementJoinView(ArrangementService arrangements, CurrentUser currentUser) {
        this.arrangements = arrangements;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getLocation().getQueryParameters().getSingleParameter("code").orElse("");
        if (currentUser.get().isPresent() && currentUser.hasRole(Roles.PARENT) && !code.isBlank()) {
            try {
                long id = arrangements.acceptInvitation(code);
                event.forwardTo(ArrangementView.class, new RouteParameters("id", Long.toString(id)));
                return;
            } catch (UserFacingException e) {
                titleKey = "arrangement.join.invalid.title";
                heading(getTranslation(titleKey));
                paragraph(getTranslation("arrangement.join.invalid"));
                add(new Paragraph(new RouterLink(getTranslation("arrangement.join.hub"), ArrangementHubView.class)));
                return;
            }
        }
        titleKey = "arrangement.join.title";
        heading(getTranslation(titleKey));
        paragraph(getTranslation("arrangement.join.lead"));
        if (code.matches("[A-Za-z0-9-]{1,20}")) {
            Paragraph p = new Paragraph(getTranslation("arrangement.join.code") + " ");
            Span c = new Span(code);
            c.setId("join-code");
            c.addClassName("code");
            p.add(c);
            add(p);
        }
        Anchor signIn = new Anchor("sign-in", getTranslation("arrangement.join.signIn"));
        signIn.addClassName("button-link");
        add(new Paragraph(signIn));
        add(new Paragraph(new Anchor("register", getTranslation("arrangement.join.register"))));
    }

    @Override
    protected String pageTitle() {
        return getTranslation(titleKey);
    }
}
