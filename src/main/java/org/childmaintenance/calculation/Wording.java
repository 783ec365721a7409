package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The sentences of the breakdown in one language ({@link EnglishWording}, {@link WelshWording}). Plain string
 * building (no {@code String.format} or {@code MessageFormat}: the breakdown is built per estimate). Figures are
 * written the same in both languages ({@link Narration#money}); {@code onlyParent} says the case has one receiving
 * parent, so a sentence may leave their id out.
 */
interface Wording {

    /** English for any locale but Welsh ("cy"). */
    static Wording of(@Nullable Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? WelshWording.INSTANCE : EnglishWording.INSTANCE;
    }

    /** A rule reference ("Sch 1 para 2(1)") as this language cites it. */
    String rule(String rule);

    /** Children counted for the percentages: "3 or more" at 3. */
    String countLabel(int counted);

    /** A fraction of fourteenths in lowest terms, or this language's "none". */
    String fraction(int fourteenths, int children);

    String weeklyIncome(BigDecimal grossWeekly);

    String weeklyIncomeLessPension(BigDecimal weekly, BigDecimal pension, BigDecimal grossWeekly);

    String annualIncome(BigDecimal annual, @Nullable BigDecimal pension, BigDecimal adjustedAnnual,
            BigDecimal grossWeekly);

    String nilCategory(NilRateCategory category);

    String benefitFlatRate(BenefitFlatRate benefit);

    /** Why an income band applies (nil, flat, reduced, or basic for anything else). */
    String incomeBand(RateBand band, BigDecimal grossWeekly);

    String childrenCounted(int qualifying, int otherArrangement);

    String reducedRate(BigDecimal grossWeekly, int children, int others, BigDecimal percentage, BigDecimal exact,
            BigDecimal rate);

    String incomeCap(BigDecimal grossWeekly, BigDecimal capped);

    String relevantOtherChildren(BigDecimal income, int others, BigDecimal reduction, BigDecimal exact,
            BigDecimal treated);

    String basicRate(BigDecimal treated, int children, BigDecimal percentage, BigDecimal exact, BigDecimal rate);

    String basicPlusRate(BigDecimal treated, BigDecimal basic, BigDecimal basicPlus, BigDecimal onFirst800,
            BigDecimal onRest, BigDecimal exact, BigDecimal rate);

    String otherArrangements(BigDecimal rate, int qualifying, int all, BigDecimal proportion, boolean minimum);

    String apportionment(BigDecimal liability, List<String> ids, int[] children, int totalChildren,
            BigDecimal[] shares);

    /** {@code nights}: each child's nights; {@code fractions}: the fraction each child's nights take off. */
    String sharedCare(String parentId, boolean onlyParent, List<String> nights, List<String> fractions,
            String average, BigDecimal share, BigDecimal decrease, BigDecimal afterFraction, int childrenAt175,
            BigDecimal afterPerChild);

    String aggregateMinimum(BigDecimal totalBefore, List<String> ids, BigDecimal[] amounts);

    String benefitSharedCare(String parentId, boolean onlyParent, int nights);

    String flatRateSharedCareIgnored();

    String paymentEquivalents(String parentId, boolean onlyParent, PaymentEquivalents eq);

    String total(BigDecimal total, int parents);
}
