package org.childmaintenance.cases;

/** Why a decision was made. */
public enum DecisionKind {
    /** The first calculation from the paying parent's details. */
    INITIAL,
    /** Default rate: the paying parent did not give their details in time (calculation.md step 10). */
    DEFAULT_RATE,
    /** A reported change of circumstances (supersession, LC-10.7). */
    CHANGE,
    /** The yearly review on the anniversary of the effective date (LC-10.1). */
    ANNUAL_REVIEW,
    /** A decision revised after a mandatory reconsideration or an allowed appeal (LC-14.2, LC-14.4). */
    REVISION
}
