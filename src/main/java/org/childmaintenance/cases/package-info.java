/**
 * The case: application (saved as a draft step by step), the other parent's link, parentage,
 * the paying parent's details, decisions with their payment schedules, reported changes and the
 * annual review. {@link org.childmaintenance.cases.CaseService} is the feature's one public face;
 * entities and repositories stay package-private. Other features listen to
 * {@link org.childmaintenance.cases.DecisionMade} and {@link org.childmaintenance.cases.ScheduleChanged}.
 */
@NullMarked
package org.childmaintenance.cases;

import org.jspecify.annotations.NullMarked;
