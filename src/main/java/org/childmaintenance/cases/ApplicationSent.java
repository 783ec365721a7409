package org.childmaintenance.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An application was sent and its case created (LC-3.3). {@code continuesFrom} names the earlier case
 * it continues (an old-scheme reference) and {@code startsOn} the earliest day it takes effect, when
 * the applicant came from a closing case; both null otherwise.
 */
public record ApplicationSent(long caseId, String caseReference, long applicantAccountId,
                              @Nullable String continuesFrom, @Nullable LocalDate startsOn) {
}
