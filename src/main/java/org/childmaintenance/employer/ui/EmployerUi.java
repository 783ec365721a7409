package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.childmaintenance.employer.OrderStatus;
import org.childmaintenance.ledger.LedgerFormat;
import org.childmaintenance.base.MoneyText;

/** Small shared pieces of the employer pages: money, dates, status tags and PDF links. */
final class EmployerUi {
    private EmployerUi() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : MoneyText.format(amount);
    }

    static String date(LocalDate date) {
        return LedgerFormat.date(date);
    }

    static Span tag(String text, String colour) {
        Span tag = new Span(text);
        tag.addClassNames("tag", "tag--" + colour);
        return tag;
    }

    static String colour(OrderStatus status) {
        return switch (status) {
            case ACTIVE -> "green";
            case VARIED -> "blue";
            case DISCHARGED -> "grey";
            case ENDED_LEFT, ENDED_NOT_EMPLOYEE -> "yellow";
        };
    }

    /** A success banner (UX.md: a region with an H2 and role=alert, never a self-closing notification). */
    static com.vaadin.flow.component.html.Section banner(String id, String title, String... lines) {
        com.vaadin.flow.component.html.H2 h2 = new com.vaadin.flow.component.html.H2(title);
        h2.setId(id + "-title");
        com.vaadin.flow.component.html.Section s = new com.vaadin.flow.component.html.Section(h2);
        for (String line : lines) {
            s.add(new com.vaadin.flow.component.html.Paragraph(line));
        }
        s.setId(id);
        s.addClassNames("banner", "banner--success");
        s.getElement().setAttribute("role", "alert");
        s.getElement().setAttribute("aria-labelledby", id + "-title");
        return s;
    }

    /**
     * After a step that changes the page in place (a pay day recorded, a pay run checked or applied), focus
     * goes to the heading of what is new, as it goes to the H1 after a page change (UX.md §5, issue 17).
     */
    static void focusHeading(com.vaadin.flow.component.Component heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus()");
    }

    static Anchor pdfLink(String id, String text, String fileName, Supplier<byte[]> pdf) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }), text);
        a.setId(id);
        return a;
    }
}
