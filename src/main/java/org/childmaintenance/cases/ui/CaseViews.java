package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.childmaintenance.cases.CaseStatus;
import org.springframework.security.access.AccessDeniedException;

/** Small pieces the case pages share: dates for people, status tags, PDF links, refusals. */
final class CaseViews {

    private CaseViews() {
    }

    static long caseId(BeforeEnterEvent event) {
        try {
            return Long.parseLong(event.getRouteParameters().get("caseId").orElseThrow());
        } catch (RuntimeException e) {
            throw new NotFoundException();
        }
    }

    /** Runs a page's loading; another person's case shows the "You cannot see this page" page. */
    static boolean load(BeforeEnterEvent event, Runnable loading) {
        try {
            loading.run();
            return true;
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return false;
        }
    }

    static Span statusTag(CaseStatus status, String text) {
        Span tag = new Span(text);
        tag.setId("case-status");
        tag.addClassName("tag");
        tag.addClassName(switch (status) {
            case ACTIVE -> "tag--green";
            case CLOSED -> "tag--grey";
            case PARENTAGE_DISPUTED -> "tag--red";
            default -> "tag--yellow";
        });
        return tag;
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
