package org.childmaintenance.calculation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.calculation.CalculationEngine;
import org.childmaintenance.calculation.CalculationVectors;
import org.childmaintenance.calculation.CalculationVectors.Vector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The estimate endpoint without booting the application: standalone MockMvc plus the API's filters. The rate
 * limit's counting (in the database, across nodes) is {@code EstimateRateLimitIT}; here a stand-in limit shows
 * what the filter answers and that it asks before the body is read.
 */
class EstimateControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Addresses asked about, in order; and how long the stand-in limit tells the next one to wait. */
    private final List<String> asked = new ArrayList<>();
    private Duration wait = Duration.ZERO;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new EstimateController(new CalculationEngine()))
                .addFilter(new EstimateRateLimitFilter(address -> {
                    asked.add(address);
                    return wait;
                }), "/api/v1/estimates")
                .addFilter(new EstimateBodySizeFilter(16 * 1024), "/api/v1/estimates")
                .build();
    }

    static List<Vector> vectors() {
        return CalculationVectors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void answers_every_vector_with_its_expected_object_plus_a_breakdown(Vector vector) throws Exception {
        MockHttpServletResponse response = mvc.perform(estimate(JSON.writeValueAsString(vector.input())))
                .andExpect(status().isOk()).andReturn().getResponse();

        ObjectNode body = (ObjectNode) JSON.readTree(response.getContentAsString());
        JsonNode breakdown = body.remove("breakdown");
        assertThat(body).as(vector.id()).isEqualTo(vector.expected());
        assertThat(breakdown.isArray()).isTrue();
        assertThat(breakdown.size()).isPositive();
        for (JsonNode step : breakdown) {
            assertThat(step.get("step").asString()).isNotBlank();
            assertThat(step.get("rule").asString()).isNotBlank();
            assertThat(step.get("explanation").asString()).isNotBlank();
            assertThat(step.get("figures_in").isArray()).isTrue();
            assertThat(step.get("figures_out").isArray()).isTrue();
        }
    }

    @Test
    void a_caller_who_prefers_welsh_gets_the_explanations_and_rules_in_welsh_with_the_same_figures() throws Exception {
        Vector vector = CalculationVectors.all().getFirst();
        String body = JSON.writeValueAsString(vector.input());
        JsonNode english = JSON.readTree(mvc.perform(estimate(body)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        JsonNode welsh = JSON.readTree(mvc.perform(estimate(body).header("Accept-Language", "cy-GB, en;q=0.5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode englishFirst = JSON.readTree(mvc.perform(estimate(body).header("Accept-Language", "en-GB, cy;q=0.8"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(englishFirst).isEqualTo(english);
        ObjectNode welshFigures = (ObjectNode) welsh.deepCopy();
        welshFigures.remove("breakdown");
        ObjectNode englishFigures = (ObjectNode) english.deepCopy();
        englishFigures.remove("breakdown");
        assertThat(welshFigures).isEqualTo(englishFigures);
        JsonNode first = welsh.get("breakdown").get(0);
        assertThat(first.get("step").asString()).isEqualTo(english.get("breakdown").get(0).get("step").asString());
        assertThat(first.get("explanation").asString()).startsWith("Incwm wythnosol gros y rhiant sy'n talu");
        for (JsonNode step : welsh.get("breakdown")) {
            assertThat(org.childmaintenance.support.EnglishNarration.in(step.get("explanation").asString() + " "
                    + step.get("rule").asString())).as(step.toString()).isEmpty();
        }
    }

    @Test
    void rejects_invalid_input_with_json_field_paths_and_plain_messages() throws Exception {
        String body = """
                {"gross_weekly_income": "-1.00", "benefit_flat_rate": "pension",
                 "receiving_parents": [{"id": "RPA", "children": [{"shared_care_nights": 0}]},
                                       {"id": "RPB", "children": [{"shared_care_nights": 367}]},
                                       {"id": "RPC", "children": []}]}
                """;
        assertThat(errors(body, 400)).containsExactly(
                error("benefit_flat_rate", "Choose one of: own_prescribed_benefit, income_related_benefit"),
                error("gross_weekly_income", "Amount cannot be negative"),
                error("receiving_parents[1].children[0].shared_care_nights", "Nights must be between 0 and 366"),
                error("receiving_parents[2].children", "Add at least one child for this receiving parent"));
    }

    @Test
    void rejects_malformed_json() throws Exception {
        assertThat(errors("{\"gross_weekly_income\": ", 400))
                .containsExactly(error("", "The request body is not valid JSON"));
        assertThat(errors("{} {}", 400))
                .containsExactly(error("", "The request body must be one JSON object with the estimate details"));
        assertThat(errors("[]", 400))
                .containsExactly(error("", "The request body must be one JSON object with the estimate details"));
    }

    @Test
    void rejects_wrong_types_naming_the_field() throws Exception {
        assertThat(errors("{\"gross_weekly_income\": \"lots\"}", 400))
                .containsExactly(error("gross_weekly_income", "Enter an amount of money, like 250.00"));
        assertThat(errors("{\"receiving_parents\": [{\"id\": \"A\", \"children\": [{\"shared_care_nights\": 2.5}]}]}",
                400)).containsExactly(error("receiving_parents[0].children[0].shared_care_nights", "Enter a whole number"));
        assertThat(errors("{\"receiving_parents\": {\"id\": \"A\"}}", 400))
                .containsExactly(error("receiving_parents", "Enter a list"));
        assertThat(errors("{\"receiving_parents\": [\"A\"]}", 400))
                .containsExactly(error("receiving_parents[0]", "Enter an object, in curly brackets"));
        assertThat(errors("{\"monthly_equivalent_requested\": [1]}", 400))
                .containsExactly(error("monthly_equivalent_requested", "Enter true or false"));
    }

    @Test
    void rejects_an_empty_body() throws Exception {
        assertThat(errors("", 400)).containsExactly(error("", "Send the estimate details as JSON in the request body"));
    }

    @Test
    void rejects_a_body_that_is_not_json() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/estimates")
                .contentType(MediaType.TEXT_PLAIN).content("gross_weekly_income=500")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(JSON.readTree(response.getContentAsString()).get("errors").get(0).get("message").asString())
                .contains("application/json");
    }

    @Test
    void accepts_money_as_json_numbers_and_missing_counts_as_zero() throws Exception {
        String body = "{\"gross_weekly_income\": 450, \"receiving_parents\": [{\"id\": \"RP1\", \"children\": "
                + "[{\"shared_care_nights\": 0}, {}]}], \"monthly_equivalent_requested\": true}";
        JsonNode result = JSON.readTree(mvc.perform(estimate(body)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(result.get("weekly_rate").asString()).isEqualTo("72.00");
        assertThat(result.get("receiving_parents").get(0).get("monthly_equivalent").asString()).isEqualTo("312.00");
    }

    @Test
    void a_refused_address_gets_429_with_json_and_the_seconds_to_wait_and_the_controller_is_not_called() throws Exception {
        String body = JSON.writeValueAsString(vectors().get(9).input());
        mvc.perform(estimate(body).with(from("203.0.113.7"))).andExpect(status().isOk());
        wait = Duration.ofMillis(19_001);
        MockHttpServletResponse refused = mvc.perform(estimate(body).with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "20"))
                .andReturn().getResponse();
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(JSON.readTree(refused.getContentAsString()).get("errors").get(0).get("message").asString())
                .isEqualTo("You have asked for too many estimates. Wait a minute and try again.");
        assertThat(refused.getContentAsString()).doesNotContain("weekly_rate");
        assertThat(asked).containsExactly("203.0.113.7", "203.0.113.7");
    }

    @Test
    void malformed_and_oversized_requests_are_counted_too() throws Exception {
        mvc.perform(estimate("{").with(from("198.51.100.1"))).andExpect(status().isBadRequest());
        mvc.perform(estimate("{\"x\": \"" + "a".repeat(20_000) + "\"}").with(from("198.51.100.1")))
                .andExpect(status().is(413));
        assertThat(asked).containsExactly("198.51.100.1", "198.51.100.1");
    }

    // --- helpers ------------------------------------------------------------------------------

    @Test
    void refuses_a_body_over_16_kb_with_413_and_a_json_message_before_reading_it() throws Exception {
        String padding = " ".repeat(17 * 1024);
        String body = "{\"gross_weekly_income\": \"300.00\"," + padding + "\"receiving_parents\": []}";
        assertThat(errors(body, 413)).containsExactly(
                error("", "The request is too large. Send at most 16 KB of JSON."));
    }

    @Test
    void refuses_a_chunked_body_that_grows_past_the_limit_without_a_content_length() throws Exception {
        byte[] big = ("{\"x\": \"" + "a".repeat(20_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.springframework.mock.web.MockHttpServletRequest request =
                new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/estimates") {
                    @Override
                    public long getContentLengthLong() {
                        return -1;
                    }

                    @Override
                    public int getContentLength() {
                        return -1;
                    }
                };
        request.setContent(big);
        request.setContentType("application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();
        org.springframework.mock.web.MockFilterChain chain = new org.springframework.mock.web.MockFilterChain();

        new EstimateBodySizeFilter(16 * 1024).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("the controller is never called").isNull();
    }

    private static MockHttpServletRequestBuilder estimate(String body) {
        return post("/api/v1/estimates").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<ErrorResponse.FieldMessage> errors(String body, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(estimate(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        JsonNode errors = JSON.readTree(response.getContentAsString()).get("errors");
        return errors.valueStream()
                .map(e -> error(e.get("field").asString(), e.get("message").asString()))
                .toList();
    }

    private static ErrorResponse.FieldMessage error(String field, String message) {
        return new ErrorResponse.FieldMessage(field, message);
    }
}
