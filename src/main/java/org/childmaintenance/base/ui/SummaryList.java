package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** GOV.UK-style summary list: key, value, optional action ("Change") with hidden context for screen readers. */
public class SummaryList extends Div {
    private final Element dl = new Element("dl");

    public SummaryList() {
        addClassName("summary-list");
        getElement().appendChild(dl);
    }

    public SummaryList row(String key, String value, Component action) {
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
}
