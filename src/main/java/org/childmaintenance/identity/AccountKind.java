package org.childmaintenance.identity;

/**
 * What kind of account a person holds; roles follow from it (and, for employers, from their role there).
 * PARTNER_USER: staff of a partner centre (e.g. a children's centre running outreach), an organisation account
 * like an employer's.
 */
public enum AccountKind {
    PARENT, EMPLOYER_USER, REPRESENTATIVE, CASEWORKER, PARTNER_USER
}
