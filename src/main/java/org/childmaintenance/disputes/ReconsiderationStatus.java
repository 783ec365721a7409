package org.childmaintenance.disputes;

/** Where a reconsideration is, as the parents see it: received, being looked at, decided. */
public enum ReconsiderationStatus { RECEIVED, BEING_LOOKED_AT, DECIDED }
