/**
 * Disputes (LC-14, LC-15): asking for a mandatory reconsideration of a decision (one per decision,
 * the other parent invited to add their points), casework's outcome (revise through
 * {@code cases.Revision} with the ledger's correction, or not revise), the reconsideration notice,
 * appeals to the tribunal, and service complaints with escalation. The public API is
 * {@link org.childmaintenance.disputes.ReconsiderationService} and
 * {@link org.childmaintenance.disputes.ComplaintService}; entities stay package-private.
 */
@NullMarked
package org.childmaintenance.disputes;

import org.jspecify.annotations.NullMarked;
