package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** A plain HTML data table with a caption and column headers (UX.md: tables, not Grid, for people). */
public class DataTable extends Div {
    private static final String PLAIN_END = "</tbody></table>";
    /** The table's body and header row while it is made of elements; null once it is plain HTML. */
    private @org.jspecify.annotations.Nullable Element tbody = new Element("tbody");
    private @org.jspecify.annotations.Nullable Element headRow = new Element("tr");
    private final String caption;
    private final String[] headers;
    private final java.util.Set<Integer> numericColumns = new java.util.TreeSet<>();
    /** True once the table is sent as plain HTML ({@link #asPlainHtml()}): then its HTML is all it keeps. */
    private boolean plain;
    private int plainRowCount;

    public DataTable(String caption, String... headers) {
        this.caption = caption;
        this.headers = headers.clone();
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

    /**
     * A read-only table of text (no links or controls in its cells) sent as one piece of HTML: the same markup,
     * far less to send and to keep in the session ({@link PlainHtml}). Call before adding rows; only
     * {@link #row} may add them.
     */
    public DataTable asPlainHtml() {
        plain = true;
        PlainHtml.setContent(this, head() + "<tbody>" + PLAIN_END);
        // the elements made for the table are not shown: keep none of them
        tbody = null;
        headRow = null;
        return this;
    }

    private String head() {
        StringBuilder html = new StringBuilder("<table class=\"table\"><caption>").append(PlainHtml.escape(caption))
                .append("</caption><thead><tr>");
        for (int i = 0; i < headers.length; i++) {
            html.append("<th scope=\"col\"").append(numericColumns.contains(i) ? " class=\"num\"" : "").append('>')
                    .append(PlainHtml.escape(headers[i])).append("</th>");
        }
        return html.append("</tr></thead>").toString();
    }

    /** Adds a row of text cells; the first cell is a row header. */
    public DataTable row(String... cells) {
        if (plain) {
            StringBuilder tr = new StringBuilder("<tr>");
            for (int i = 0; i < cells.length; i++) {
                tr.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(PlainHtml.escape(cells[i]))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            String html = getElement().getProperty("innerHTML", "");
            PlainHtml.setContent(this, html.substring(0, html.length() - PLAIN_END.length()) + tr.append("</tr>") + PLAIN_END);
            plainRowCount++;
            return this;
        }
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
        if (plain) {
            throw new IllegalStateException("a plain HTML table has text rows only");
        }
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
            numericColumns.add(c);
            if (!plain) {
                headRow.getChild(c).setAttribute("class", "num");
            }
        }
        if (plain) {
            String html = getElement().getProperty("innerHTML", "");
            PlainHtml.setContent(this, head() + html.substring(html.indexOf("<tbody>")));
        }
        return this;
    }

    public int rowCount() {
        return plain ? plainRowCount : tbody.getChildCount();
    }
}
