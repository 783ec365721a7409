package org.childmaintenance.base.ui;

import java.util.List;

/**
 * Lets features add links to a parent's case page ("My case") without the cases feature knowing
 * them: documents, messages, deductions from pay, disputes. Return nothing the person may not use.
 */
public interface CaseLinks {
    /** A link text and a portal path (no leading slash). */
    record Link(String id, String text, String href) {
    }

    List<Link> linksFor(long caseId);
}
