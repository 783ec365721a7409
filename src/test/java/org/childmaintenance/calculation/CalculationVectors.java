package org.childmaintenance.calculation;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the worked examples of the calculation rules from the test resources
 * ({@code src/test/resources/calculation/calculation-vectors.json}, a copy of the domain file).
 */
public final class CalculationVectors {

    /** Class-path location of the vectors file. */
    public static final String RESOURCE = "/calculation/calculation-vectors.json";

    /** One worked example: its raw {@code input} and {@code expected} JSON and its {@code working} text. */
    public record Vector(String id, String title, JsonNode input, JsonNode expected, String working) {

        public CalculationInput calculationInput() {
            return toInput(input);
        }

        @Override
        public String toString() {
            return id + " " + title;
        }
    }

    private CalculationVectors() {
    }

    /** The whole vectors file as JSON. */
    public static JsonNode json() {
        try (InputStream in = CalculationVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Calculation vectors not found on the test class path at " + RESOURCE);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    public static List<Vector> all() {
        JsonNode root = json();
        List<Vector> vectors = new ArrayList<>();
        for (JsonNode v : root.get("vectors")) {
            vectors.add(new Vector(v.get("id").asString(), v.get("title").asString(), v.get("input"),
                    v.get("expected"), v.get("working").asString()));
        }
        if (vectors.size() != root.get("count").asInt()) {
            fail("The vectors file says count " + root.get("count") + " but holds " + vectors.size());
        }
        return vectors;
    }

    /** Maps a vector's {@code input} object (snake_case, money as strings) to the engine's input. */
    public static CalculationInput toInput(JsonNode in) {
        List<ReceivingParentInput> parents = new ArrayList<>();
        for (JsonNode parent : in.get("receiving_parents")) {
            List<ChildInput> children = new ArrayList<>();
            for (JsonNode child : parent.get("children")) {
                children.add(new ChildInput(child.get("id").asString(), child.get("shared_care_nights").asInt()));
            }
            parents.add(new ReceivingParentInput(parent.get("id").asString(), children));
        }
        return new CalculationInput(
                money(in, "gross_weekly_income"),
                money(in, "gross_annual_income"),
                money(in, "pension_contributions"),
                text(in, "benefit_flat_rate") == null ? null
                        : BenefitFlatRate.fromCode(text(in, "benefit_flat_rate")).orElseThrow(),
                text(in, "nil_rate_category") == null ? null
                        : NilRateCategory.fromCode(text(in, "nil_rate_category")).orElseThrow(),
                in.get("relevant_other_children").asInt(),
                in.get("other_arrangement_children").asInt(),
                parents,
                in.path("monthly_equivalent_requested").asBoolean(false));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static BigDecimal money(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : new BigDecimal(value);
    }
}
