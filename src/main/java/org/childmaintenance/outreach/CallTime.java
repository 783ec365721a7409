package org.childmaintenance.outreach;

/** The times a person may choose for a call-back (the helpline's opening hours, in plain words). */
public enum CallTime {
    WEEKDAY_MORNING, WEEKDAY_AFTERNOON, WEEKDAY_EVENING, SATURDAY_MORNING
}
