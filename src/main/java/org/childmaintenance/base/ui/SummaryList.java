package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** GOV.UK-style summary list: key, value, optional action ("Change") with hidden context for screen readers. */
public class SummaryList extends Div {
    private final Element dl = new Element("dl");
    /** The rows' HTML when the list is sent as plain HTML ({@link #asPlainHtml()}); null otherwise. */
    private StringBuilder plainRows;
    private final StringBuilder plainText = new StringBuilder();

    public SummaryList() {
        addClassName("summary-list");
        getElement().appendChild(dl);
    }

    /**
     * A list of text only (no "Change" actions) sent as one piece of HTML: the same markup, far less to send
     * and to keep in the session ({@link PlainHtml}). Call before adding rows.
     */
    public SummaryList asPlainHtml() {
        plainRows = new StringBuilder();
        PlainHtml.setContent(this, "<dl></dl>");
        return this;
    }

    public SummaryList row(String key, String value, Component action) {
        if (plainRows != null) {
            if (action != null) {
                throw new IllegalStateException("a plain HTML summary list has no actions");
            }
            plainRows.append("<div class=\"summary-list__row\"><dt class=\"summary-list__key\">").append(PlainHtml.escape(key))
                    .append("</dt><dd class=\"summary-list__value\">").append(PlainHtml.escape(value)).append("</dd></div>");
            PlainHtml.setContent(this, "<dl>" + plainRows + "</dl>");
            plainText.append(key).append(value == null ? "" : value);
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
        return plainRows != null ? plainText.toString() : getElement().getTextRecursively();
    }
}
