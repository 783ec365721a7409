package org.childmaintenance.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Base of every page: a unique title ("Error: " while errors show), an H1 that takes focus after
 * navigation, and a text column.
 */
public abstract class PortalPage extends Div implements HasDynamicTitle {
    /** The id of every page's H1 (fields named by the question refer to it). */
    public static final String HEADING_ID = "page-heading";
    private boolean showingErrors;

    protected PortalPage() {
        addClassName("page");
    }

    /** The page's own title, already translated. */
    protected abstract String pageTitle();

    @Override
    public String getPageTitle() {
        String prefix = showingErrors ? getTranslation("error.title.prefix") : "";
        return prefix + pageTitle() + " – " + getTranslation("service.name");
    }

    /** Switches the "Error: " prefix of the document title. */
    protected void setShowingErrors(boolean errors) {
        showingErrors = errors;
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setTitle(getPageTitle());
        }
    }

    protected H1 heading(String text) {
        H1 h1 = new H1(text);
        h1.setId(HEADING_ID);
        h1.getElement().setAttribute("tabindex", "-1");
        add(h1);
        return h1;
    }

    /**
     * After the page swaps its content without a route change (the next question, check answers, a
     * confirmation), focus goes to its new heading, as MainLayout does after a navigation.
     */
    protected void focusHeading() {
        getElement().executeJs("const h=this.querySelector('h1'); if(h){h.setAttribute('tabindex','-1'); h.focus();}");
    }

    protected Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(text);
        add(p);
        return p;
    }

    protected Paragraph lead(String text) {
        Paragraph p = paragraph(text);
        p.addClassName("lead");
        return p;
    }
}
