package org.childmaintenance.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.childmaintenance.calculation.CalculationResult.ReceivingParentResult;
import org.childmaintenance.calculation.CalculationVectors.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every expected field of every worked example in calculation-vectors.json. */
class CalculationVectorsTest {

    private static final Pattern POUNDS = Pattern.compile("£([0-9,]+\\.[0-9]{2})\\b");
    private final CalculationEngine engine = new CalculationEngine();

    static List<Vector> vectors() {
        return CalculationVectors.all();
    }

    @Test
    void reads_all_44_vectors() {
        assertThat(vectors()).hasSize(44);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matches_every_expected_field(Vector vector) {
        CalculationResult result = engine.calculate(vector.calculationInput());
        JsonNode expected = vector.expected();
        for (String field : expected.propertyNames()) {
            JsonNode value = expected.get(field);
            String where = vector.id() + " " + field;
            switch (field) {
                case "rate_band" -> assertEquals(value.asString(), result.rateBand().code(), where);
                case "weekly_rate" -> assertMoney(value, result.weeklyRate(), where);
                case "weekly_liability_after_other_arrangements" ->
                        assertMoney(value, result.weeklyLiabilityAfterOtherArrangements(), where);
                case "total_weekly" -> assertMoney(value, result.totalWeekly(), where);
                case "minimum_applied" -> assertEquals(value.asBoolean(), result.minimumApplied(), where);
                case "receiving_parents" -> assertReceivingParents(vector, value, result);
                default -> fail(where + ": the test does not know this expected field; add a check for it");
            }
        }
        if (!expected.has("weekly_liability_after_other_arrangements")) {
            assertThat(result.weeklyLiabilityAfterOtherArrangements()).as(vector.id()).isNull();
        }
    }

    private static void assertReceivingParents(Vector vector, JsonNode expected, CalculationResult result) {
        assertEquals(expected.size(), result.receivingParents().size(), vector.id() + " receiving parents");
        for (int j = 0; j < expected.size(); j++) {
            JsonNode parent = expected.get(j);
            ReceivingParentResult actual = result.receivingParents().get(j);
            for (String field : parent.propertyNames()) {
                String where = vector.id() + " receiving_parents[" + j + "]." + field;
                switch (field) {
                    case "id" -> assertEquals(parent.get(field).asString(), actual.id(), where);
                    case "weekly_amount" -> assertMoney(parent.get(field), actual.weeklyAmount(), where);
                    case "monthly_equivalent" -> {
                        assertThat(result.monthlyEquivalentRequested()).as(where + " requested").isTrue();
                        assertMoney(parent.get(field), actual.equivalents().monthly(), where);
                    }
                    default -> fail(where + ": the test does not know this expected field; add a check for it");
                }
            }
        }
    }

    private static void assertMoney(JsonNode expected, BigDecimal actual, String where) {
        assertThat(actual).as(where).isNotNull();
        // Exact string compare: value and scale 2.
        assertEquals(expected.asString(), actual.toPlainString(), where);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void fast_path_gives_the_same_figures_without_a_breakdown(Vector vector) {
        CalculationResult full = engine.calculate(vector.calculationInput());
        CalculationResult fast = engine.calculateWithoutBreakdown(vector.calculationInput());
        assertThat(full.breakdown()).isNotEmpty();
        assertThat(fast.breakdown()).isEmpty();
        assertThat(fast).usingRecursiveComparison().ignoringFields("breakdown").isEqualTo(full);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void breakdown_mentions_every_amount_of_the_worked_example(Vector vector) {
        CalculationResult result = engine.calculate(vector.calculationInput());
        String breakdown = result.breakdown().stream()
                .map(step -> step.explanation() + " " + step.figuresIn() + " " + step.figuresOut())
                .collect(Collectors.joining("\n"));
        Map<String, Boolean> mentioned = POUNDS.matcher(vector.working()).results()
                .map(m -> m.group(1).replace(",", ""))
                .distinct()
                .collect(Collectors.toMap(amount -> amount, amount -> mentions(breakdown, amount)));
        assertThat(mentioned).as(vector.id() + " amounts in the working found in the breakdown:\n" + breakdown)
                .doesNotContainValue(false);
        assertThat(result.breakdown()).allSatisfy(step -> {
            assertThat(step.step()).isNotBlank();
            assertThat(step.rule()).isNotBlank();
            assertThat(step.explanation()).isNotBlank().endsWith(".");
        });
    }

    private static boolean mentions(String breakdown, String amount) {
        Matcher m = POUNDS.matcher(breakdown);
        while (m.find()) {
            if (m.group(1).replace(",", "").equals(amount)) {
                return true;
            }
        }
        return false;
    }
}
