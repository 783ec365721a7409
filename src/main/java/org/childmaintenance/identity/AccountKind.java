package org.childmaintenance.identity;

/** What kind of account a person holds; roles follow from it (and, for employers, from their role there). */
public enum AccountKind {
    PARENT, EMPLOYER_USER, REPRESENTATIVE, CASEWORKER
}
