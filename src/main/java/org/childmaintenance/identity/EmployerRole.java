package org.childmaintenance.identity;

/** An employer user's role within their organisation. */
public enum EmployerRole {
    ADMIN, PAYROLL
}
