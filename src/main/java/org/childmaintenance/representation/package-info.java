/**
 * Someone else manages a parent's case (issue 13, case-lifecycle.md LC-16): a parent nominates a
 * person with a scope and an optional end date, the person accepts with a representative account,
 * the parent confirms, and can withdraw at any time. {@link org.childmaintenance.representation.RepresentationService}
 * is the parent's and the representative's face; access is granted through identity's
 * {@link org.childmaintenance.identity.CaseParticipationProvider} on every service call.
 */
@NullMarked
package org.childmaintenance.representation;

import org.jspecify.annotations.NullMarked;
