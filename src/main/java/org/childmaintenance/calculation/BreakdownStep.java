package org.childmaintenance.calculation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of the calculation, for people to follow.
 *
 * <p>Rule references: "Sch 1 para N" is Schedule 1 to the Child Support Act 1991; "2012 Regs reg N"
 * is the Child Support Maintenance Calculation Regulations 2012 (SI 2012/2677); "Collection Regs
 * 1992 reg N" is SI 1992/1989; "DESIGN" marks a project decision (see calculation.md §7).
 *
 * @param step short name of the step, e.g. "Basic rate"
 * @param rule the rule it applies, e.g. "Sch 1 para 2(1)"
 * @param receivingParentId the receiving parent the step is about, or null for the whole case
 * @param figuresIn the figures the step starts from
 * @param figuresOut the figures it produces
 * @param explanation a plain-English sentence a parent could follow
 */
public record BreakdownStep(
        String step,
        String rule,
        @Nullable String receivingParentId,
        List<Figure> figuresIn,
        List<Figure> figuresOut,
        String explanation) {

    /**
     * A named figure, formatted for people: money as "£1,250.00", percentages as "12%", fractions as
     * "2/7", counts and nights as plain numbers.
     */
    public record Figure(String name, String value) {
    }
}
