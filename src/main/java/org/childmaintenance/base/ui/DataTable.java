package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** A plain HTML data table with a caption and column headers (UX.md: tables, not Grid, for people). */
public class DataTable extends Div {
    private final Element tbody = new Element("tbody");
    private final Element headRow = new Element("tr");
    private final String caption;
    private final String[] headers;
    private final java.util.Set<Integer> numericColumns = new java.util.TreeSet<>();
    /** Rows of a table sent as plain HTML ({@link #asPlainHtml()}); null while the table is made of elements. */
    private java.util.List<String[]> plainRows;

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
        plainRows = new java.util.ArrayList<>();
        render();
        return this;
    }

    private void render() {
        StringBuilder html = new StringBuilder("<table class=\"table\"><caption>").append(PlainHtml.escape(caption))
                .append("</caption><thead><tr>");
        for (int i = 0; i < headers.length; i++) {
            html.append("<th scope=\"col\"").append(numericColumns.contains(i) ? " class=\"num\"" : "").append('>')
                    .append(PlainHtml.escape(headers[i])).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (String[] cells : plainRows) {
            html.append("<tr>");
            for (int i = 0; i < cells.length; i++) {
                html.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(PlainHtml.escape(cells[i]))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        PlainHtml.setContent(this, html.append("</tbody></table>").toString());
    }

    /** Adds a row of text cells; the first cell is a row header. */
    public DataTable row(String... cells) {
        if (plainRows != null) {
            plainRows.add(cells.clone());
            render();
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
        if (plainRows != null) {
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
            headRow.getChild(c).setAttribute("class", "num");
        }
        if (plainRows != null) {
            render();
        }
        return this;
    }

    public int rowCount() {
        return plainRows != null ? plainRows.size() : tbody.getChildCount();
    }
}
