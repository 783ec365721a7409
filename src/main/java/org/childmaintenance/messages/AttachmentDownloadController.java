package org.childmaintenance.messages;

import java.nio.charset.StandardCharsets;
import org.childmaintenance.messages.MessageViews.Download;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves message attachments, only through {@link MessageService#attachment} (which checks who is
 * asking and audits), always as a download: never rendered in the page, never sniffed as HTML.
 * Someone who may not see a file is told it does not exist.
 */
@RestController
class AttachmentDownloadController {
    static final String PATH = "/files/messages/attachment/";
    private final MessageService messages;

    AttachmentDownloadController(MessageService messages) {
        this.messages = messages;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> download(@PathVariable("id") long id) {
        try {
            return asDownload(messages.attachment(id));
        } catch (AccessDeniedException e) {
            return ResponseEntity.notFound().build();
        }
    }

    /** The headers every served file gets: attachment, its real type, nosniff, no caching, no scripts. */
    static ResponseEntity<byte[]> asDownload(Download file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.bytes().length)
                .body(file.bytes());
    }

    /** The address of an attachment's download. */
    static String href(long attachmentId) {
        return PATH.substring(1) + attachmentId;
    }
}
