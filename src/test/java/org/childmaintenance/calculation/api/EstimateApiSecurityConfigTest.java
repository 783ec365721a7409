package org.childmaintenance.calculation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.childmaintenance.calculation.CalculationEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The /api/** chain in a small plain-Spring context (no Spring Boot, no Vaadin): the estimate API
 * answers without sign-in, CSRF token or session, while a later catch-all chain like the portal's
 * still protects everything else.
 */
@SpringJUnitWebConfig(EstimateApiSecurityConfigTest.Config.class)
class EstimateApiSecurityConfigTest {

    private static final String BODY = """
            {"gross_weekly_income": "450.00", "receiving_parents": [{"id": "RP1", "children": [{"shared_care_nights": 0}]}]}
            """;

    @Configuration
    @EnableWebMvc
    @EnableWebSecurity
    @Import(EstimateApiSecurityConfig.class)
    static class Config {

        @Bean
        EstimateController estimateController() {
            return new EstimateController(new CalculationEngine());
        }

        /** Stands in for the portal's own (Vaadin) chain, which signs people in for everything else. */
        @Bean
        @Order(2)
        SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }
    }

    @Autowired
    private WebApplicationContext context;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void estimates_need_no_sign_in_and_no_csrf_token() throws Exception {
        mvc.perform(post("/api/v1/estimates").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk());
    }

    @Test
    void estimates_create_no_session_and_set_no_cookie() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/estimates").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void validation_errors_reach_the_client_as_400_not_a_login_redirect() throws Exception {
        mvc.perform(post("/api/v1/estimates").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_rest_of_the_portal_still_needs_sign_in_and_csrf() throws Exception {
        mvc.perform(post("/cases").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
