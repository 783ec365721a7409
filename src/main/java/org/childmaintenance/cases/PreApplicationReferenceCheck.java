package org.childmaintenance.cases;

/**
 * Whether a pre-application reference number (LC-2.1) was really issued. The options feature will
 * provide a bean that checks its register; until a bean exists {@link ApplicationJourney} accepts
 * every well-formed number.
 */
public interface PreApplicationReferenceCheck {
    /** {@code reference} is 9 digits starting 85, 95 or 96 (already checked). */
    boolean wasIssued(String reference);
}
