package org.childmaintenance.cases;

/** The two sides of a case: the receiving parent (person with care) and the paying parent. */
public enum PartyRole {
    RECEIVING, PAYING;

    public PartyRole other() {
        return this == RECEIVING ? PAYING : RECEIVING;
    }
}
