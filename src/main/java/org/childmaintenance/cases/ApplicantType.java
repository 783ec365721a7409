package org.childmaintenance.cases;

/** Who is applying, in relation to the children (LC-2.2, LC-3.1). */
public enum ApplicantType {
    /** A parent who has the children living with them most of the time. */
    RECEIVING_PARENT,
    /** A parent who does not have the children living with them. */
    PAYING_PARENT,
    /** A grandparent with day-to-day care. */
    GRANDPARENT,
    /** A guardian or other person with day-to-day care. */
    GUARDIAN;

    /** The side of the case the applicant is on: everyone but the paying parent receives. */
    public PartyRole role() {
        return this == PAYING_PARENT ? PartyRole.PAYING : PartyRole.RECEIVING;
    }
}
