package org.childmaintenance.documents;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A feature's documents for the Documents pages (SPI): implement it as a bean. The case methods run
 * for the signed-in person after {@link DocumentService} has checked they may view the case; the
 * organisation methods run for a signed-in employer user with their own organisation's id. A source
 * must still show only what that person may see (its own feature's rules), and may refuse with
 * Spring's AccessDeniedException.
 */
public interface DocumentSource {
    /** A short stable name for this source, used in download addresses (letters, a-z and dashes). */
    String name();

    /** The documents of this case the signed-in person may see (any order). */
    List<Entry> documents(long caseId);

    /** One of them as a file; the key is the one {@link #documents} gave. */
    File open(long caseId, String key);

    /** The signed-in employer user's organisation's documents (e.g. order notices); none unless the source has any. */
    default List<Entry> organisationDocuments() {
        return List.of();
    }

    /** One of the organisation's documents as a file; the key is the one {@link #organisationDocuments} gave. */
    default File openForOrganisation(String key) {
        throw new AccessDeniedException("No organisation documents here");
    }

    /**
     * Letters addressed to the signed-in person that belong to none of their cases (for example the
     * closure letters of an old-scheme case). The source decides who they are for; none by default.
     */
    default List<Entry> personalDocuments() {
        return List.of();
    }

    /** One of {@link #personalDocuments()} as a file; refused unless it is the signed-in person's. */
    default File openPersonal(String key) {
        throw new AccessDeniedException("No such document");
    }

    /**
     * A document in the list: its key within the source, title for people, date and type, and the decision it
     * is the letter of (null if none; then {@link DecisionChallenges} adds the decision's dates beside it).
     */
    record Entry(String key, String title, Instant date, String contentType, @Nullable Long decisionId) {
        public Entry(String key, String title, Instant date, String contentType) {
            this(key, title, date, contentType, null);
        }
    }

    /** A document's bytes and how to send it. */
    record File(String fileName, String contentType, byte[] bytes) {
    }
}
