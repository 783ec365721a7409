/**
 * The case: application (saved as a draft step by step), the other parent's link, parentage,
 * the paying parent's details, decisions with their payment schedules, reported changes and the
 * annual review. {@link org.childmaintenance.cases.CaseService} is the feature's one public face for other
 * features, a thin façade over use-case classes (ApplicationJourney, OtherParentLink, CaseworkActions,
 * PayingParentDetails, CaseReading, ChangeReporting, CaseClosure, CaseParties) that views in
 * {@code cases.ui} may also call; entities and repositories stay package-private. Other features listen to
 * {@link org.childmaintenance.cases.DecisionMade}, {@link org.childmaintenance.cases.ScheduleChanged},
 * {@link org.childmaintenance.cases.CasesRecalculated} (a mass recalculation's chunk, in its transaction),
 * {@link org.childmaintenance.cases.ApplicationSent} and
 * {@link org.childmaintenance.cases.CaseClosed}.
 */
@NullMarked
package org.childmaintenance.cases;

import org.jspecify.annotations.NullMarked;
