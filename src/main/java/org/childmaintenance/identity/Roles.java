package org.childmaintenance.identity;

/** Role names for {@code @RolesAllowed} and {@code hasRole(..)} (Spring adds the ROLE_ prefix). */
public final class Roles {
    public static final String PARENT = "PARENT";
    public static final String EMPLOYER = "EMPLOYER";
    public static final String EMPLOYER_ADMIN = "EMPLOYER_ADMIN";
    public static final String EMPLOYER_PAYROLL = "EMPLOYER_PAYROLL";
    public static final String REPRESENTATIVE = "REPRESENTATIVE";
    public static final String CASEWORKER = "CASEWORKER";
    /** Staff of a partner centre (outreach): refer parents with consent, publish appointment slots. */
    public static final String PARTNER = "PARTNER";
    /** Held only between a staff password sign-in and finishing the required two-step set-up. */
    public static final String TWO_FACTOR_SETUP = "TWO_FACTOR_SETUP";

    private Roles() {
    }
}
