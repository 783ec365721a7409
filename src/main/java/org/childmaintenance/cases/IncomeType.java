package org.childmaintenance.cases;

/** Where the paying parent's income comes from. */
public enum IncomeType {
    EMPLOYED, SELF_EMPLOYED, BENEFITS, NONE;

    public boolean earns() {
        return this == EMPLOYED || this == SELF_EMPLOYED;
    }
}
