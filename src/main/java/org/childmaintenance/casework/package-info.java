/**
 * The casework desk (issue 15): every feature's queues in one place ({@code base.WorkQueue}), finding
 * a case, the whole case on one page, internal notes, and ledger actions with a second caseworker's approval.
 */
@org.jspecify.annotations.NullMarked
package org.childmaintenance.casework;
