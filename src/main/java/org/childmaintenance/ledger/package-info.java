/**
 * Payments, arrears and fees: a double-entry, append-only ledger per case, the payment schedule it
 * posts from, the nightly run, statements and missed-payment notices. Other features talk to
 * {@link org.childmaintenance.ledger.LedgerService} and listen to its events.
 */
package org.childmaintenance.ledger;
