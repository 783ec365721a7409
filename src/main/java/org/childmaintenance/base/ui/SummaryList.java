package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** GOV.UK-style summary list: key, value, optional action ("Change") with hidden context for screen readers. */
public class SummaryList extends Div {
    private static final String PLAIN_END = "</dl>";
    /** The list's element; null when the list is sent as plain HTML ({@link #asPlainHtml()}). */
    private @org.jspecify.annotations.Nullable Element dl = new Element("dl");

    public SummaryList() {
        addClassName("summary-list");
        getElement().appendChild(dl);
    }

    /**
     * A list of text only (no "Change" actions) sent as one piece of HTML: the same markup, far less to send
     * and to keep in the session ({@link PlainHtml}). Call before adding rows. The HTML is all it keeps.
     */
    public SummaryList asPlainHtml() {
        dl = null;
        PlainHtml.setContent(this, "<dl>" + PLAIN_END);
        return this;
    }

    public SummaryList row(String key, String value, Component action) {
        if (dl == null) {
            if (action != null) {
                throw new IllegalStateException("a plain HTML summary list has no actions");
            }
            String html = getElement().getProperty("innerHTML", "<dl>" + PLAIN_END);
            PlainHtml.setContent(this, html.substring(0, html.length() - PLAIN_END.length())
                    + "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">" + PlainHtml.escape(key)
                    + "</dt><dd class=\"summary-list__value\">" + PlainHtml.escape(value) + "</dd></div>" + PLAIN_END);
            return this;
        }
        Element row = new Element("div");
        row.setAttribute("class", "summary-list__row");
        Element dt = new Element("dt");
        dt.setAttribute("class", "summary-list__key");
        dt.setText(key);
        Element dd = new Element("dd");
        dd.setAttribute("class", "summary-list__value");
        dd.setText(value == null ? "" : value);
        row.appendChild(dt, dd);
        if (action != null) {
            Element actions = new Element("dd");
            actions.setAttribute("class", "summary-list__actions");
            Span hidden = new Span(" " + key.toLowerCase());
            hidden.addClassName("visually-hidden");
            action.getElement().appendChild(hidden.getElement());
            actions.appendChild(action.getElement());
            row.appendChild(actions);
        }
        dl.appendChild(row);
        return this;
    }

    /** The list's text as people read it (keys and values), whichever way it is sent. */
    public String text() {
        return dl == null ? PlainHtml.text(getElement().getProperty("innerHTML", "")) : getElement().getTextRecursively();
    }
}
