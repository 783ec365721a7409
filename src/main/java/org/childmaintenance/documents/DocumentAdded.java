package org.childmaintenance.documents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Publish this (inside your transaction) when a feature files a new document for people: the
 * notices feature tells each of them (bell, list, a "there is news" e-mail per their settings), with a
 * link to the Documents page where it is. {@code caseId} names the case's Documents page; null means
 * the employer organisation's Documents page. Documents that come with their own notice (a decision
 * letter comes with the decision's) need not publish it.
 */
public record DocumentAdded(List<Long> accountIds, @Nullable Long caseId) {
    public DocumentAdded {
        accountIds = List.copyOf(accountIds);
    }

    /** The portal path of the Documents page that lists it. */
    public String link() {
        return caseId == null ? ORGANISATION_DOCUMENTS : "documents/" + caseId;
    }

    /** The employer organisation's Documents page. */
    public static final String ORGANISATION_DOCUMENTS = "employer/documents";
}
