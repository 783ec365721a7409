package org.childmaintenance.representation;

/** Where a nomination stands (LC-16.4): invite, accept, parent confirms; ended by withdrawal. */
public enum RepresentationStatus {
    INVITED, ACCEPTED, ACTIVE, WITHDRAWN
}
