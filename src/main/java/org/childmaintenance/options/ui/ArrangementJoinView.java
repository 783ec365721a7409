package org.childmaintenance.options.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementSharing;

/**
 * The link in an invitation e-mail. Signed in as a parent, the page says who shares what and the
 * invitation is accepted only when they press "Join" (a link alone never joins anyone); otherwise it
 * asks the person to sign in (or create an account) first and shows the code to enter afterwards.
 * Says nothing about the arrangement before that.
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
                showInvitation(code, arrangements.previewInvitation(code));
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

    private void showInvitation(String code, ArrangementSharing.JoinPreview preview) {
        titleKey = "arrangement.join.confirm.title";
        heading(getTranslation(titleKey));
        Paragraph who = paragraph(getTranslation("arrangement.join.confirm.lead", preview.inviterName()));
        who.setId("join-inviter");
        if (!preview.childNames().isEmpty()) {
            paragraph(getTranslation("arrangement.join.confirm.children"));
            UnorderedList children = new UnorderedList();
            children.setId("join-children");
            preview.childNames().forEach(name -> children.add(new ListItem(name)));
            add(children);
        }
        if (!preview.yourRole().isEmpty()) {
            paragraph(getTranslation("arrangement.join.confirm.role." + preview.yourRole()));
        }
        paragraph(getTranslation("arrangement.join.confirm.next", preview.inviterName()));
        add(Forms.primary("join-accept", getTranslation("arrangement.join.confirm.button"), e -> {
            try {
                long id = arrangements.acceptInvitation(code);
                UI.getCurrent().navigate(ArrangementView.class, new RouteParameters("id", Long.toString(id)));
            } catch (UserFacingException ex) {
                removeAll();
                titleKey = "arrangement.join.invalid.title";
                heading(getTranslation(titleKey));
                paragraph(getTranslation("arrangement.join.invalid"));
            }
        }));
        RouterLink notNow = new RouterLink(getTranslation("arrangement.join.confirm.notNow"), ArrangementHubView.class);
        notNow.setId("join-not-now");
        add(new Paragraph(notNow));
    }

    @Override
    protected String pageTitle() {
        return getTranslation(titleKey);
    }
}
