package org.childmaintenance.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The page template (../shared/UX.md §2): skip link, brand bar with the language switch and the service
 * navigation for the signed-in person's role, main column, footer with the same help link on every page.
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {
    private final Main main = new Main();
    private final Div navHolder = new Div();
    private final LanguageSwitch languageSwitch = new LanguageSwitch();
    private final Anchor exitSkip = new Anchor("/exit", "");
    private final AuthenticationContext auth;
    private final List<NavItem> navItems;
    private final ObjectProvider<HeaderItem> headerItems;
    private final List<RouterLink> navLinks = new java.util.ArrayList<>();
    private final List<Component> headerParts = new java.util.ArrayList<>();
    private @org.jspecify.annotations.Nullable String navBuiltFor;
    private boolean firstNavigation = true;
    private boolean timeoutScriptAdded;

    /** Something a feature shows in the header for signed-in people, beside the menu (the notifications bell). */
    public interface HeaderItem {
        Component create();
    }

    public MainLayout(AuthenticationContext auth, List<NavItem> navItems, ObjectProvider<HeaderItem> headerItems) {
        this.auth = auth;
        this.navItems = navItems;
        this.headerItems = headerItems;
        setId("app-shell");
        addClassName("app-shell");
        // The session time-out warning (session-timeout.js) is written by the browser: it takes its texts, in the
        // page's language, from here ({0} is where the minutes go).
        getElement().setAttribute("data-session-warning", getTranslation("layout.session.warning", "{0}"));
        getElement().setAttribute("data-session-stay", getTranslation("layout.session.stay"));

        Anchor skip = new Anchor("#main", getTranslation("layout.skip"));
        skip.setRouterIgnore(true);
        skip.addClassName("skip-link");
        skip.getElement().addEventListener("click", e -> main.getElement().callJsFunction("focus"))
                .addEventData("event.preventDefault()");

        exitSkip.setText(getTranslation("layout.exit"));
        Header header = new Header();
        header.addClassName("app-header");
        Div headerInner = new Div();
        headerInner.addClassName("app-header__inner");
        RouterLink brand = new RouterLink(getTranslation("service.name"), StartView.class);
        brand.addClassName("app-header__brand");
        navHolder.addClassName("app-header__nav");
        headerInner.add(languageSwitch, brand, navHolder);
        header.add(headerInner);

        main.setId("main");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("app-main");

        // Links and text only: one element whose content is the same markup (PlainHtml); the client's router
        // follows the help link as it follows a RouterLink.
        Footer footer = new Footer();
        footer.addClassName("app-footer");
        PlainHtml.setContent(footer, "<div class=\"app-footer__inner\"><a id=\"help-link\" href=\""
                + RouteConfiguration.forSessionScope().getUrl(HelpView.class) + "\" router-link=\"\">"
                + PlainHtml.escape(getTranslation("layout.help")) + "</a><span>"
                + PlainHtml.escape(getTranslation("layout.footer.note")) + "</span></div>");

        exitSkip.setRouterIgnore(true);
        exitSkip.addClassName("safety-exit__link");
        exitSkip.addClassName("safety-exit__skip");
        exitSkip.setVisible(false);
        add(skip, exitSkip, header, main, footer);
        refreshNavigation("");
    }

    /**
     * The menu depends on who is signed in and the language, which can change without a new layout (sign-in,
     * sign-out): it is built again only then; otherwise only the current page's link changes (a rebuilt menu is ~40 elements in
     * every response). The header items (the bell) are made afresh after each navigation.
     */
    private void refreshNavigation(String currentPath) {
        String who = getLocale() + (auth.isAuthenticated() ? auth.getPrincipalName().orElse("") + auth.getGrantedAuthorities() : "");
        if (who.equals(navBuiltFor)) {
            navLinks.forEach(link -> {
                if (link.getHref().equals(currentPath)) {
                    link.getElement().setAttribute("aria-current", "page");
                } else {
                    link.getElement().removeAttribute("aria-current");
                }
            });
            headerParts.forEach(navHolder::remove);
        } else {
            navHolder.removeAll();
            navLinks.clear();
            navHolder.add(buildNav(navItems, currentPath));
            navBuiltFor = who;
        }
        headerParts.clear();
        if (auth.isAuthenticated()) {
            headerItems.orderedStream().forEach(item -> {
                Component part = item.create();
                headerParts.add(part);
                navHolder.add(part);
            });
        }
        if (auth.isAuthenticated() && !timeoutScriptAdded) {
            timeoutScriptAdded = true;
            UI.getCurrent().getPage().addJavaScript("context://scripts/session-timeout.js");
        }
    }

    private Nav buildNav(List<NavItem> navItems, String currentPath) {
        Nav nav = new Nav();
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        UnorderedList list = new UnorderedList();
        if (auth.isAuthenticated()) {
            navItems.stream()
                    .filter(item -> item.roles().isEmpty() || item.roles().stream().anyMatch(auth::hasRole))
                    .sorted(Comparator.comparingInt(NavItem::order))
                    .forEach(item -> {
                        RouterLink link = new RouterLink(getTranslation(item.labelKey()), item.target());
                        navLinks.add(link);
                        if (link.getHref().equals(currentPath)) {
                            link.getElement().setAttribute("aria-current", "page");
                        }
                        list.add(new ListItem(link));
                    });
            Button signOut = new Button(getTranslation("layout.signOut"), e -> auth.logout());
            signOut.setId("sign-out");
            signOut.addClassName("link-button");
            list.add(new ListItem(signOut));
        } else {
            Anchor signIn = new Anchor("sign-in", getTranslation("layout.signIn"));
            signIn.setId("sign-in-link");
            list.add(new ListItem(signIn));
        }
        nav.add(list);
        return nav;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        boolean sensitive = needsSafetyExit(content);
        exitSkip.setVisible(sensitive);
        if (sensitive) {
            main.add(safetyExit());
        }
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    /**
     * "Exit this page" (LC-17.6): on pages marked {@link SafetySensitive}, on every page a signed-in
     * parent sees, and on the sign-in pages (someone may be watching while a parent signs in).
     */
    private boolean needsSafetyExit(@org.jspecify.annotations.Nullable HasElement content) {
        if (content instanceof SafetySensitive) {
            return true;
        }
        if (auth.isAuthenticated() && auth.hasRole("PARENT")) {
            return true;
        }
        com.vaadin.flow.router.Route route = content == null ? null
                : content.getClass().getAnnotation(com.vaadin.flow.router.Route.class);
        return route != null && (route.value().equals("sign-in") || route.value().startsWith("sign-in/"));
    }

    /** The sticky "Exit this page" control at the top of safety-sensitive pages (works without script). */
    private Div safetyExit() {
        UI.getCurrent().getPage().addJavaScript("context://scripts/safety-exit.js");
        Anchor exit = new Anchor("/exit", getTranslation("layout.exit"));
        exit.setRouterIgnore(true);
        exit.setId("safety-exit");
        exit.addClassName("safety-exit__link");
        Span status = new Span();
        status.setId("safety-exit-status");
        status.addClassName("visually-hidden");
        status.getElement().setAttribute("role", "status");
        Div bar = new Div(exit, status);
        bar.addClassName("safety-exit");
        return bar;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (languageSwitch.languageChanged()) {
            // Signing in applied the account's language: draw the new page afresh in it.
            UI.getCurrent().getPage().reload();
        }
        languageSwitch.pointAt(event.getLocation());
        refreshNavigation(event.getLocation().getPath());
        if (firstNavigation) {
            firstNavigation = false;
            return;
        }
        // Vaadin does not announce route changes: move focus to the new page's heading.
        getElement().executeJs("const h=document.querySelector('main h1'); if(h){h.setAttribute('tabindex','-1'); h.focus();}");
    }

    /** Called by session-timeout.js when the person chooses to stay signed in: the round trip is the point. */
    @ClientCallable
    void keepAlive() {
        // Nothing to do: the request itself counts as activity.
    }
}
