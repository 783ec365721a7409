package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** A plain HTML data table with a caption and column headers (UX.md: tables, not Grid, for people). */
public class DataTable extends Div {
    private final Element tbody = new Element("tbody");
    private final Element headRow = new Element("tr");

    public DataTable(String caption, String... headers) {
        addClassName("table-scroll");
        // At 320 px a wide table scrolls sideways: keyboard users must be able to reach and scroll it
        // (axe scrollable-region-focusable), and screen readers hear the caption as the region's name.
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption);
        Element table = new Element("table");
        table.setAttribute("class", "table");
        Element cap = new Element("caption");
        cap.setText(caption);
        Element thead = new Element("thead");
        for (String h : headers) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(h);
            headRow.appendChild(th);
        }
        thead.appendChild(headRow);
        table.appendChild(cap, thead, tbody);
        getElement().appendChild(table);
    }

    /** Adds a row of text cells; the first cell is a row header. */
    public DataTable row(String... cells) {
        Element tr = new Element("tr");
        for (int i = 0; i < cells.length; i++) {
            Element cell = new Element(i == 0 ? "th" : "td");
            if (i == 0) {
                cell.setAttribute("scope", "row");
            }
            cell.setText(cells[i] == null ? "" : cells[i]);
            tr.appendChild(cell);
        }
        tbody.appendChild(tr);
        return this;
    }

    /** Adds a row whose cells may be components (links, tags). Strings and components mix. */
    public DataTable rowOf(Object... cells) {
        Element tr = new Element("tr");
        for (int i = 0; i < cells.length; i++) {
            Element cell = new Element(i == 0 ? "th" : "td");
            if (i == 0) {
                cell.setAttribute("scope", "row");
            }
            if (cells[i] instanceof Component c) {
                cell.appendChild(c.getElement());
            } else {
                cell.setText(cells[i] == null ? "" : cells[i].toString());
            }
            tr.appendChild(cell);
        }
        tbody.appendChild(tr);
        return this;
    }

    /** Marks columns (0-based) as numbers: right-aligned. */
    public DataTable numeric(int... columns) {
        for (int c : columns) {
            headRow.getChild(c).setAttribute("class", "num");
        }
        return this;
    }

    public int rowCount() {
        return tbody.getChildCount();
    }
}
