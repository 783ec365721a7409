package org.childmaintenance.disputes;

/** What a parent thinks is wrong with a decision (a short list; they can add their own words). */
public enum ChallengeReason { INCOME, CHILDREN, SHARED_CARE, OTHER_CHILDREN, DATES, SOMETHING_ELSE }
