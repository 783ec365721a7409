package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Location;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;

/**
 * "English | Cymraeg" on every page: the current language as plain text ({@code aria-current}), the other
 * as a real link to this same page with {@code ?lang=..} ({@link LanguageChoice} remembers it and sends the
 * browser back here), marked with its own {@code lang} and {@code hreflang} so screen readers pronounce it.
 */
class LanguageSwitch extends Nav {
    private final Language builtIn;
    private final UnorderedList list = new UnorderedList();

    LanguageSwitch() {
        builtIn = Language.of(getLocale());
        setId("language-switch");
        addClassName("language-switch");
        getElement().setAttribute("aria-label", getTranslation("layout.language.label"));
        add(list);
        pointAt(new Location(""));
    }

    /** Builds the two entries; the link returns to {@code location} with its other parameters kept. */
    void pointAt(Location location) {
        list.removeAll();
        for (Language l : Language.values()) {
            String name = getTranslation(l == Language.ENGLISH ? "layout.language.english" : "layout.language.welsh");
            ListItem item;
            if (l == builtIn) {
                Span current = new Span(name);
                current.getElement().setAttribute("aria-current", "true");
                item = new ListItem(current);
            } else {
                Anchor link = new Anchor(href(location, l), name);
                link.setId("language-" + l.code());
                link.setRouterIgnore(true);
                link.getElement().setAttribute("lang", l.code());
                link.getElement().setAttribute("hreflang", l.code());
                link.getElement().setAttribute("rel", "alternate");
                item = new ListItem(link);
            }
            list.add(item);
        }
    }

    /** True when the UI's language is no longer the one this page was drawn in (it changed at sign-in). */
    boolean languageChanged() {
        return Language.of(getLocale()) != builtIn;
    }

    static String href(Location location, Language language) {
        String query = location.getQueryParameters().excluding(LanguageChoice.PARAMETER).getQueryString();
        String path = location.getPath();
        return (path.isEmpty() ? "." : path) + "?" + (query.isEmpty() ? "" : query + "&")
                + LanguageChoice.PARAMETER + "=" + language.code();
    }
}
