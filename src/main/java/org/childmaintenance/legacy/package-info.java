/**
 * Old-scheme case closure (issue 16): cases run under the 1993 and 2003 schemes by the Child Support
 * Agency, imported by casework from a file, closed in segments on a liability end date casework
 * chooses, with a 6-month notice, a 1-month reminder and a confirmation sent by a daily job
 * ({@link org.childmaintenance.legacy.ClosureNotices}); each parent finds their case by e-mail or by
 * reference and date of birth and says what they will do next (a family-based arrangement through the
 * options feature, an application through the cases feature, or nothing). Arrears move into the
 * ledger through {@code ledger.LegacyArrearsLedger}. The published API is
 * {@link org.childmaintenance.legacy.LegacyCases} (parents) and
 * {@link org.childmaintenance.legacy.ClosureProgramme} (casework); entities and repositories are
 * package-private.
 */
@NullMarked
package org.childmaintenance.legacy;

import org.jspecify.annotations.NullMarked;
