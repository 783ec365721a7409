package org.childmaintenance.outreach;

/** What a person asked for: a phone call-back, an appointment at a partner centre, or a centre's referral. */
public enum RequestKind {
    CALL_BACK, APPOINTMENT, REFERRAL
}
