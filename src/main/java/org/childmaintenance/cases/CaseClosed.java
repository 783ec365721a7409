package org.childmaintenance.cases;

import java.time.LocalDate;

/** Published when maintenance on a case ends (LC-11); arrears before {@code closedOn} remain due (LC-11.3). */
public record CaseClosed(long caseId, LocalDate closedOn, String reason) {
}
