package org.childmaintenance.disputes;

/** Where a complaint is: received, answered (the complainant may ask for a review), under review, final response given. */
public enum ComplaintStatus { RECEIVED, ANSWERED, REVIEW_REQUESTED, FINAL_RESPONSE }
