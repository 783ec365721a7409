package org.childmaintenance.outreach;

/**
 * Where a request for help stands. WAITING (a call-back or referral not yet worked) and BOOKED (an
 * appointment to come) are open and sit in the Options queue; the others are closed.
 */
public enum RequestStatus {
    WAITING, BOOKED, DONE, ATTENDED, MISSED, CANCELLED;

    public boolean open() {
        return this == WAITING || this == BOOKED;
    }
}
