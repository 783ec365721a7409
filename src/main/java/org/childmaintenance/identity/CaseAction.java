package org.childmaintenance.identity;

/**
 * What someone wants to do on a case; a representative's scope is a set of these. LETTERS, EVIDENCE
 * and MESSAGES let a representative's scope say whether they may read letters, upload evidence and
 * exchange messages (representation feature).
 */
public enum CaseAction {
    VIEW, REPORT_CHANGE, PAYMENTS, DISPUTE, MANAGE,
    LETTERS,
    EVIDENCE,
    MESSAGES
}
