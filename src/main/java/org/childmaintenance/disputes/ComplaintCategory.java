package org.childmaintenance.disputes;

/** What a complaint is about (LC-15.1: service, not the amount). */
public enum ComplaintCategory { DELAY, MISTAKE, LOST_DOCUMENT, TREATMENT, ENFORCEMENT, OTHER }
