/**
 * Payments, arrears and fees: a double-entry, append-only ledger per case, the payment schedule it
 * posts from, the nightly run, statements and missed-payment notices. Other features post through
 * {@link org.childmaintenance.ledger.LedgerService}, read through
 * {@link org.childmaintenance.ledger.LedgerQueries} and listen to its events; the ledger listens to the
 * cases feature's schedule and closure events (the case owns the service type).
 */
package org.childmaintenance.ledger;
