package org.childmaintenance.options;

import java.time.Instant;

/** What the options journey recorded with a reference number, for the application to carry over. */
public record PreApplication(String reference, ParentRole role, Answer otherParentInUk, Instant issuedAt) {
}
