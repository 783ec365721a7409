package org.childmaintenance.documents;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a case's or an organisation's document through {@link DocumentService} (checked, audited), always as a download. */
@RestController
class DocumentDownloadController {
    static final String PATH = "/files/documents/";
    static final String ORGANISATION_PATH = "/files/organisation-documents/";
    private final DocumentService documents;

    DocumentDownloadController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping(PATH + "{caseId}/{source}/{key}")
    ResponseEntity<byte[]> download(@PathVariable("caseId") long caseId, @PathVariable("source") String source,
                                    @PathVariable("key") String key) {
        try {
            return send(documents.open(caseId, source, key));
        } catch (AccessDeniedException | NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        }
    }

    @GetMapping(ORGANISATION_PATH + "{source}/{key}")
    ResponseEntity<byte[]> downloadForOrganisation(@PathVariable("source") String source, @PathVariable("key") String key) {
        try {
            return send(documents.openForMyOrganisation(source, key));
        } catch (AccessDeniedException | NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        }
    }

    private static ResponseEntity<byte[]> send(DocumentSource.File file) {
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

    static String organisationHref(String source, String key) {
        return ORGANISATION_PATH.substring(1) + source + "/" + key;
    }

    static String href(long caseId, String source, String key) {
        return PATH.substring(1) + caseId + "/" + source + "/" + key;
    }
}
