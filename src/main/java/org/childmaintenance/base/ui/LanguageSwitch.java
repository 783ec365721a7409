package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Nav;
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

    LanguageSwitch() {
        builtIn = Language.of(getLocale());
        setId("language-switch");
        addClassName("language-switch");
        getElement().setAttribute("aria-label", getTranslation("layout.language.label"));
        pointAt(new Location(""));
    }

    /**
     * Builds the two entries; the link returns to {@code location} with its other parameters kept. Text and a
     * link only: sent as one element whose content is the same markup ({@link PlainHtml}).
     */
    void pointAt(Location location) {
        StringBuilder html = new StringBuilder("<ul>");
        for (Language l : Language.values()) {
            String name = PlainHtml.escape(getTranslation(l == Language.ENGLISH ? "layout.language.english" : "layout.language.welsh"));
            if (l == builtIn) {
                html.append("<li><span aria-current=\"true\">").append(name).append("</span></li>");
            } else {
                html.append("<li><a id=\"language-").append(l.code()).append("\" href=\"")
                        .append(PlainHtml.escape(href(location, l))).append("\" router-ignore=\"\" lang=\"").append(l.code())
                        .append("\" hreflang=\"").append(l.code()).append("\" rel=\"alternate\">").append(name).append("</a></li>");
            }
        }
        PlainHtml.setContent(this, html.append("</ul>").toString());
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
