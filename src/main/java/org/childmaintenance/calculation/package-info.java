/**
 * The 2012-scheme weekly child maintenance calculation (Child Support Act 1991 Schedule 1 and the
 * Child Support Maintenance Calculation Regulations 2012), as specified in
 * {@code shared/domain/calculation.md}.
 *
 * <p>Plain Java on purpose: no Spring, JPA or Vaadin here, so the rules can be read, tested and
 * benchmarked on their own. The HTTP API lives in the {@code api} sub-package.
 *
 * <p>Entry point: {@link org.childmaintenance.calculation.CalculationEngine}.
 */
@NullMarked
package org.childmaintenance.calculation;

import org.jspecify.annotations.NullMarked;
