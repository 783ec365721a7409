package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.childmaintenance.calculation.CalculationVectors;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * Worked examples from the calculation vectors (test resources; one receiving parent each)
 * through the whole case: application, linking, the paying parent's details, the decision.
 */
@PortalTest
class CalculationVectorsThroughCasesIT {
    static final List<String> IDS = List.of("CV-10", "CV-12", "CV-21", "CV-26", "CV-31", "CV-37", "CV-40");
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Stream<JsonNode> vectors() {
        JsonNode all = CalculationVectors.json();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode v : all.get("vectors")) {
            if (IDS.contains(v.get("id").asString())) {
                out.add(v);
            }
        }
        assertThat(out).hasSize(IDS.size());
        return out.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("vectors")
    void the_decision_on_a_case_matches_the_worked_example(JsonNode vector) {
        JsonNode in = vector.get("input");
        JsonNode kidsIn = in.get("receiving_parents").get(0).get("children");
        List<CaseFixtures.Kid> kids = new ArrayList<>();
        for (int i = 0; i < kidsIn.size(); i++) {
            kids.add(CaseFixtures.kid("Child" + i, LocalDate.now().minusYears(3 + i)));
        }
        CaseFixtures.Linked c = fx.linkedCase(kids, ServiceType.DIRECT_PAY);
        String[] nights = new String[kidsIn.size()];
        for (int i = 0; i < nights.length; i++) {
            nights[i] = Integer.toString(kidsIn.get(i).get("shared_care_nights").asInt());
        }
        Map<Long, String> byChild = fx.nights(c.caseId(), nights);
        boolean annual = in.has("gross_annual_income");
        CaseAnswers a = CaseFixtures.employed(annual ? in.get("gross_annual_income").asString() : in.get("gross_weekly_income").asString(),
                annual ? IncomeFrequency.YEARLY : IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY, byChild);
        a.setRelevantOtherChildren(Integer.toString(in.get("relevant_other_children").asInt()));
        a.setOtherArrangementChildren(Integer.toString(in.get("other_arrangement_children").asInt()));

        CaseService.DecisionView d = cases.givePayingDetails(c.caseId(), a);

        assertThat(d.weeklyAmount()).as(vector.get("id").asString())
                .isEqualByComparingTo(vector.get("expected").get("total_weekly").asString());
        assertThat(cases.myCase(c.caseId()).schedule()).hasSize(12);
    }
}
