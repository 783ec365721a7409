package org.childmaintenance.identity;

/** What someone wants to do on a case; a representative's scope is a set of these. */
public enum CaseAction {
    VIEW, REPORT_CHANGE, PAYMENTS, DISPUTE, MANAGE
}
