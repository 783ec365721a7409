package org.childmaintenance.calculation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childmaintenance.calculation.CalculationEngine;
import org.childmaintenance.identity.AnotherNode;
import org.childmaintenance.identity.RateLimits;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The estimate API's per-address limit holds across nodes: two limiter instances, one on this portal's
 * {@link RateLimits} and one on another node's (its own instance on its own database connections), share one
 * count in MariaDB.
 */
@PortalTest
class EstimateRateLimitIT {
    private static final String BODY = """
            {"gross_weekly_income": "450.00", "receiving_parents": [{"id": "RP1", "children": [{"shared_care_nights": 0}]}]}
            """;

    @Autowired RateLimits thisNode;
    @Autowired Environment env;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RateLimits otherNode() {
        return AnotherNode.rateLimits(new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(),
                env.getRequiredProperty("spring.datasource.url"), env.getRequiredProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password", "")), clock);
    }

    private static MockMvc node(RateLimits limits, int perMinute) {
        return MockMvcBuilders.standaloneSetup(new EstimateController(new CalculationEngine()))
                .addFilter(new EstimateRateLimitFilter(new EstimateRateLimiter(limits, perMinute)), "/api/v1/estimates")
                .build();
    }

    private static MockHttpServletRequestBuilder estimate(String address) {
        return post("/api/v1/estimates").contentType(MediaType.APPLICATION_JSON).content(BODY)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /** An address no other test uses (the count lives in the shared database). */
    private static String newAddress() {
        return "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
    }

    @Test
    void requests_on_two_nodes_count_against_one_limit_per_address_until_the_minute_ends() throws Exception {
        clock.set(java.time.Instant.parse("2026-03-02T10:15:40Z"));
        MockMvc a = node(thisNode, 3);
        MockMvc b = node(otherNode(), 3);
        String address = newAddress();

        a.perform(estimate(address)).andExpect(status().isOk());
        b.perform(estimate(address)).andExpect(status().isOk());
        a.perform(estimate(address)).andExpect(status().isOk());
        b.perform(estimate(address)).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "20"));
        a.perform(estimate(address)).andExpect(status().isTooManyRequests());

        b.perform(estimate(newAddress())).andExpect(status().isOk()); // another address has its own count

        clock.advance(Duration.ofSeconds(20));
        b.perform(estimate(address)).andExpect(status().isOk());
    }

    @Test
    void parallel_requests_on_both_nodes_let_exactly_the_limit_through() throws Exception {
        EstimateRateLimiter a = new EstimateRateLimiter(thisNode, 5);
        EstimateRateLimiter b = new EstimateRateLimiter(otherNode(), 5);
        String address = newAddress();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            EstimateRateLimiter node = i % 2 == 0 ? a : b;
            attempts.add(() -> node.waitBefore(address).isZero());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                allowed += f.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }
}
