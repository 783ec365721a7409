package org.childmaintenance.options;

/** Whether a parent pays or receives child maintenance. */
public enum ParentRole {
    PAYING, RECEIVING;

    public ParentRole other() {
        return this == PAYING ? RECEIVING : PAYING;
    }
}
