package org.childmaintenance.base.ui;

import com.vaadin.flow.component.HasElement;

/**
 * Read-only blocks of text sent to the browser as one piece of HTML instead of one element per cell or
 * paragraph: a 12-row table is 97 elements otherwise, each sent in every response that shows it and kept in
 * the session for as long as the page is open (BENCHMARKS.md "Session heap"). Only for text that never changes
 * while the page is shown and has no controls in it. Every text is escaped here.
 */
public final class PlainHtml {
    private PlainHtml() {
    }

    /** Escapes text for an HTML element's content or a quoted attribute value. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** The text of HTML made with {@link #escape} as people read it: the tags left out, the escapes undone. */
    public static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Replaces the element's content with the given HTML (already escaped by the caller with {@link #escape}). */
    public static void setContent(HasElement component, String html) {
        component.getElement().removeAllChildren();
        component.getElement().setProperty("innerHTML", html);
    }
}
