package org.childmaintenance.calculation;

import static org.childmaintenance.calculation.Narration.exact;
import static org.childmaintenance.calculation.Narration.money;
import static org.childmaintenance.calculation.Narration.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The breakdown's sentences in Welsh (docs/welsh-glossary.md, "Calculation steps"): plain Welsh, numbers as
 * digits with the singular noun after them ("104 noson", "1 plentyn", "2 o blant"), money as in English.
 */
final class WelshWording implements Wording {
    static final WelshWording INSTANCE = new WelshWording();
    private static final String SEVEN = money(Money.SEVEN);
    private static final String PENNY = " (i'r geiniog agosaf)";
    /** English citation words and their Welsh, in the order they are replaced. */
    private static final String[][] CITATIONS = {
        {"Collection Regs 1992", "Rheoliadau Casglu 1992"}, {"2012 Regs", "Rheoliadau 2012"}, {" regs ", " rhl "},
        {" reg ", " rhl "}, {"Sch ", "Atodlen "}, {"SI ", "OS "}, {"DESIGN (not below £0.00)", "DYLUNIAD (dim llai na £0.00)"},
        {"calculation.md step ", "calculation.md cam "}};
    private final Map<String, String> rules = new ConcurrentHashMap<>();

    private WelshWording() {
    }

    @Override
    public String rule(String rule) {
        return rules.computeIfAbsent(rule, r -> {
            String welsh = r;
            for (String[] c : CITATIONS) {
                welsh = welsh.replace(c[0], c[1]);
            }
            return welsh;
        });
    }

    @Override
    public String countLabel(int counted) {
        return counted >= 3 ? "3 neu fwy" : Integer.toString(counted);
    }

    @Override
    public String fraction(int fourteenths, int children) {
        return fourteenths == 0 ? "dim" : Narration.fraction(fourteenths, children);
    }

    /** "1 plentyn", "2 o blant"; {@code capped}: "3 neu fwy o blant" from 3. */
    private static String children(int count, boolean capped) {
        return count == 1 ? "1 plentyn" : (capped && count >= 3 ? "3 neu fwy" : Integer.toString(count)) + " o blant";
    }

    private static String children(int count) {
        return children(count, false);
    }

    /** "1 plentyn arall", "2 o blant eraill", "3 neu fwy o blant eraill"; with an adjective before "arall". */
    private static String otherChildren(int count, String adjective) {
        String between = adjective.isEmpty() ? "" : " " + adjective;
        return count == 1 ? "1 plentyn" + between + " arall"
                : (count >= 3 ? "3 neu fwy" : Integer.toString(count)) + " o blant" + between + " eraill";
    }

    /** "1", "104 a 0", "60, 0 a 12" ("ac" before a vowel). */
    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String last = items.get(items.size() - 1);
        boolean vowel = !last.isEmpty() && "aeiouwyAEIOUWY".indexOf(last.charAt(0)) >= 0;
        return String.join(", ", items.subList(0, items.size() - 1)) + (vowel ? " ac " : " a ") + last;
    }

    /** "= £96.00" or "= £96.0009, sy'n talgrynnu i £96.00 (i'r geiniog agosaf)". */
    private static String equalsRounded(BigDecimal exact, BigDecimal rounded) {
        return exact.compareTo(rounded) == 0
                ? "= " + money(rounded)
                : "= " + exact(exact) + ", sy'n talgrynnu i " + money(rounded) + PENNY;
    }

    @Override
    public String weeklyIncome(BigDecimal grossWeekly) {
        return "Incwm wythnosol gros y rhiant sy'n talu yw " + money(grossWeekly) + ".";
    }

    @Override
    public String weeklyIncomeLessPension(BigDecimal weekly, BigDecimal pension, BigDecimal grossWeekly) {
        return "Incwm wythnosol gros y rhiant sy'n talu yw " + money(weekly) + ". Ar ôl tynnu cyfraniadau pensiwn o "
                + money(pension) + ", mae'n " + money(grossWeekly) + ".";
    }

    @Override
    public String annualIncome(BigDecimal annual, @Nullable BigDecimal pension, BigDecimal adjustedAnnual,
            BigDecimal grossWeekly) {
        String less = pension == null ? ","
                : ", llai cyfraniadau pensiwn o " + money(pension) + " (" + money(adjustedAnnual) + "),";
        return "Mae incwm blynyddol y rhiant sy'n talu, sef " + money(annual) + less
                + " yn cael ei droi'n ffigur wythnosol: " + money(adjustedAnnual) + " ÷ 365 × 7 = "
                + money(grossWeekly) + PENNY + ".";
    }

    @Override
    public String nilCategory(NilRateCategory category) {
        String why = switch (category) {
            case CHILD -> "mae'r rhiant sy'n talu yn blentyn";
            case PRISONER -> "mae'r rhiant sy'n talu yn y carchar";
            case YOUNG_PERSON_ON_BENEFIT -> "mae'r rhiant sy'n talu yn 16 neu'n 17 oed ac yn cael budd-dal cymwys";
            case YOUTH_TRAINING -> "mae'r rhiant sy'n talu ar hyfforddiant seiliedig ar waith i bobl ifanc";
            case CARE_HOME_FUNDED -> "mae'r rhiant sy'n talu yn byw mewn cartref gofal neu ysbyty annibynnol sy'n gymwys";
        };
        return "Does dim i'w dalu oherwydd " + why + " (grŵp cyfradd ddim), beth bynnag yw eu hincwm.";
    }

    @Override
    public String benefitFlatRate(BenefitFlatRate benefit) {
        String who = benefit == BenefitFlatRate.OWN_PRESCRIBED_BENEFIT
                ? "Mae'r rhiant sy'n talu yn cael budd-dal, pensiwn neu lwfans fel Pensiwn y Wladwriaeth neu Lwfans "
                        + "Ceisio Gwaith yn seiliedig ar gyfraniadau"
                : "Mae'r rhiant sy'n talu neu eu partner yn cael budd-dal sy'n gysylltiedig ag incwm fel Cymhorthdal "
                        + "Incwm, Lwfans Ceisio Gwaith yn seiliedig ar incwm neu Gredyd Cynhwysol heb enillion";
        return who + ", felly mae'r gyfradd unffurf o " + SEVEN + " yr wythnos yn berthnasol beth bynnag yw eu hincwm.";
    }

    @Override
    public String incomeBand(RateBand band, BigDecimal grossWeekly) {
        String income = "Mae incwm wythnosol gros o " + money(grossWeekly);
        return switch (band) {
            case NIL -> income + " yn llai na " + SEVEN
                    + ", felly mae'r gyfradd ddim yn berthnasol a does dim i'w dalu.";
            case FLAT_INCOME -> income + " rhwng " + SEVEN + " a £100.00, felly mae'r gyfradd unffurf o " + SEVEN
                    + " yr wythnos yn berthnasol.";
            case REDUCED -> income + " yn fwy na £100.00 ac yn llai na £200.00, felly mae'r gyfradd ostyngol yn "
                    + "berthnasol.";
            default -> income + " yn £200.00 neu fwy, felly mae'r gyfradd sylfaenol yn berthnasol.";
        };
    }

    @Override
    public String childrenCounted(int qualifying, int otherArrangement) {
        return "Mae'r rhiant sy'n talu hefyd yn cynnal " + children(otherArrangement)
                + " o dan drefniant cynhaliaeth arall, felly mae " + (qualifying + otherArrangement)
                + " o blant yn cael eu cyfrif i ddewis y ganran.";
    }

    @Override
    public String reducedRate(BigDecimal grossWeekly, int children, int others, BigDecimal percentage,
            BigDecimal exact, BigDecimal rate) {
        String p = percent(percentage);
        return "Y gyfradd ostyngol yw " + SEVEN + " a " + p + " o'r incwm dros £100.00 (" + p
                + " yw'r ffigur ar gyfer " + children(children, true) + " a "
                + (others == 0 ? "dim plant perthnasol eraill" : otherChildren(others, "perthnasol")) + "): "
                + SEVEN + " + (" + money(grossWeekly) + " − £100.00) × " + p + " " + equalsRounded(exact, rate) + ".";
    }

    @Override
    public String incomeCap(BigDecimal grossWeekly, BigDecimal capped) {
        return "Nid yw incwm dros " + money(capped) + " yr wythnos yn cael ei gyfrif, felly defnyddir "
                + money(capped) + " yn lle " + money(grossWeekly) + ".";
    }

    @Override
    public String relevantOtherChildren(BigDecimal income, int others, BigDecimal reduction, BigDecimal exact,
            BigDecimal treated) {
        return "Mae'r rhiant sy'n talu hefyd yn cynnal " + otherChildren(others, "") + " gartref, felly mae eu hincwm yn cael ei drin fel pe bai " + percent(reduction)
                + " yn is: " + money(income) + " × " + percent(BigDecimal.ONE.subtract(reduction)) + " "
                + equalsRounded(exact, treated) + ".";
    }

    @Override
    public String basicRate(BigDecimal treated, int children, BigDecimal percentage, BigDecimal exact,
            BigDecimal rate) {
        return "Y gyfradd sylfaenol ar gyfer " + children(children, true) + " yw " + percent(percentage) + " o "
                + money(treated) + " " + equalsRounded(exact, rate) + ".";
    }

    @Override
    public String basicPlusRate(BigDecimal treated, BigDecimal basic, BigDecimal basicPlus, BigDecimal onFirst800,
            BigDecimal onRest, BigDecimal exact, BigDecimal rate) {
        return "Mae'r incwm a ddefnyddir, sef " + money(treated) + ", yn fwy na £800.00, felly mae'r gyfradd "
                + "sylfaenol a mwy yn berthnasol: " + percent(basic) + " o'r £800.00 cyntaf (" + exact(onFirst800)
                + ") a " + percent(basicPlus) + " o'r " + money(treated.subtract(Money.EIGHT_HUNDRED))
                + " uwchlaw hynny (" + exact(onRest) + ") " + equalsRounded(exact, rate) + ".";
    }

    @Override
    public String otherArrangements(BigDecimal rate, int qualifying, int all, BigDecimal proportion,
            boolean minimum) {
        return "Rhan y plant cymwys o'r gyfradd yw " + money(rate) + " × " + qualifying + " ÷ " + all + " = "
                + money(proportion) + PENNY + "."
                + (minimum ? " Mae hynny'n llai na " + SEVEN + ", felly mae'r isafswm o " + SEVEN + " yn berthnasol."
                        : "");
    }

    @Override
    public String apportionment(BigDecimal liability, List<String> ids, int[] children, int totalChildren,
            BigDecimal[] shares) {
        List<String> parts = new ArrayList<>(ids.size());
        for (int j = 0; j < ids.size(); j++) {
            parts.add(ids.get(j) + " " + money(shares[j]) + " am " + children(children[j]));
        }
        return "Mae " + money(liability) + " yn cael ei rannu rhwng y rhieni sy'n cael yn ôl nifer y plant y mae "
                + "pob un yn gofalu amdanynt (" + totalChildren + " i gyd): " + list(parts) + ". Mae ceiniogau'n "
                + "cael eu talgrynnu fel bod y cyfrannau'n dod i " + money(liability) + " yn union.";
    }

    @Override
    public String sharedCare(String parentId, boolean onlyParent, List<String> nights, List<String> fractions,
            String average, BigDecimal share, BigDecimal decrease, BigDecimal afterFraction, int childrenAt175,
            BigDecimal afterPerChild) {
        StringBuilder text = new StringBuilder(onlyParent ? "Mae'r " : "Ar gyfer y rhiant sy'n cael " + parentId
                + ", mae'r ");
        if (nights.size() == 1) {
            text.append("plentyn yn aros ").append(nights.get(0)).append(" noson y flwyddyn gyda'r rhiant sy'n talu, ")
                    .append("felly mae ").append(average).append(" yn cael ei dynnu");
        } else {
            text.append("plant yn aros ").append(list(nights)).append(" noson y flwyddyn gyda'r rhiant sy'n talu (")
                    .append(list(fractions)).append("); mae'r cyfartaledd, ").append(average)
                    .append(", yn cael ei dynnu");
        }
        text.append(": ").append(money(share)).append(" × ").append(average).append(" = ").append(money(decrease))
                .append(PENNY).append(", gan adael ").append(money(afterFraction)).append('.');
        if (childrenAt175 > 0) {
            text.append(" Mae ").append(SEVEN).append(" arall yn cael ei dynnu am bob plentyn sy'n aros 175 noson ")
                    .append("neu fwy (").append(children(childrenAt175)).append("): ").append(money(afterFraction))
                    .append(" − ").append(money(Money.SEVEN.multiply(BigDecimal.valueOf(childrenAt175))))
                    .append(" = ").append(money(afterPerChild)).append('.');
        }
        if (afterPerChild.signum() < 0) {
            text.append(" Ni all swm fod yn llai na dim, felly mae'n £0.00.");
        }
        return text.toString();
    }

    @Override
    public String aggregateMinimum(BigDecimal totalBefore, List<String> ids, BigDecimal[] amounts) {
        List<String> parts = new ArrayList<>(ids.size());
        for (int j = 0; j < ids.size(); j++) {
            parts.add(ids.get(j) + " " + money(amounts[j]));
        }
        return "Ar ôl gofal a rennir, y cyfanswm yw " + money(totalBefore) + ", sy'n llai na " + SEVEN
                + ", felly mae'r rhiant sy'n talu yn talu " + SEVEN + " yr wythnos i gyd"
                + (ids.size() > 1 ? ", wedi'i rannu yn ôl nifer y plant: " + list(parts) : "") + ".";
    }

    @Override
    public String benefitSharedCare(String parentId, boolean onlyParent, int nights) {
        return (onlyParent ? "Mae plentyn" : "Mae plentyn i'r rhiant sy'n cael " + parentId) + " yn aros " + nights
                + " noson y flwyddyn gyda'r rhiant sy'n talu (52 neu fwy). Gan fod y gyfradd unffurf yn berthnasol "
                + "oherwydd budd-daliadau, does dim i'w dalu " + (onlyParent ? "i'r rhiant sy'n cael" : "i " + parentId) + ".";
    }

    @Override
    public String flatRateSharedCareIgnored() {
        return "Nid yw gofal a rennir yn newid y gyfradd unffurf pan fydd yn berthnasol oherwydd bod yr incwm yn "
                + "£100.00 yr wythnos neu lai.";
    }

    @Override
    public String paymentEquivalents(String parentId, boolean onlyParent, PaymentEquivalents eq) {
        return (onlyParent ? "Mae " : "Ar gyfer y rhiant sy'n cael " + parentId + ", mae ") + money(eq.weekly())
                + " yr wythnos yn " + money(eq.fortnightly()) + " bob pythefnos, " + money(eq.fourWeekly())
                + " bob 4 wythnos neu " + money(eq.monthly()) + " y mis (" + money(eq.weekly()) + " × 52 ÷ 12, i'r "
                + "geiniog agosaf).";
    }

    @Override
    public String total(BigDecimal total, int parents) {
        return "Mae'r rhiant sy'n talu yn talu " + money(total) + " yr wythnos"
                + (parents > 1 ? " i gyd i " + parents + " o rieni sy'n cael." : ".");
    }
}
