package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.Roles;
import org.springframework.security.core.context.SecurityContextHolder;

/** The first page after signing in: who you are signed in as and what you can do here. */
@Route(value = "home", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.EMPLOYER, Roles.REPRESENTATIVE, Roles.CASEWORKER, Roles.PARTNER})
public class HomeView extends PortalPage {
    public HomeView(IdentityService identity, List<NavItem> navItems) {
        IdentityService.AccountSummary me = identity.myAccount();
        heading(getTranslation("home.title", me.fullName()));
        String role = switch (me.kind()) {
            case PARENT -> getTranslation("home.role.parent");
            case REPRESENTATIVE -> getTranslation("home.role.representative");
            case CASEWORKER -> getTranslation("home.role.caseworker");
            case EMPLOYER_USER -> getTranslation("home.role.employer", me.organisationName(),
                    getTranslation("employerRole." + me.employerRole()));
            case PARTNER_USER -> getTranslation("home.role.partner", me.organisationName());
        };
        lead(role);
        add(new H2(getTranslation("home.whatYouCanDo")));
        UnorderedList list = new UnorderedList();
        list.addClassName("bullets");
        var authorities = SecurityContextHolder.getContext().getAuthentication().getAuthorities();
        navItems.stream()
                .filter(item -> item.target() != HomeView.class)
                .filter(item -> item.roles().isEmpty() || item.roles().stream()
                        .anyMatch(r -> authorities.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + r))))
                .sorted(Comparator.comparingInt(NavItem::order))
                .forEach(item -> list.add(new ListItem(new RouterLink(getTranslation(item.labelKey()), item.target()))));
        add(list);
        if (me.twoFactorRequired() && !me.twoFactorEnabled()) {
            add(new H2(getTranslation("home.twoFactorNeeded")));
            add(new Anchor("settings/two-step", getTranslation("settings.twoStep")));
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("home.pageTitle");
    }
}
