package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session ends after the absolute limit however busy it is; a younger one is left alone. */
class SessionTimeoutTest {

    private boolean invalidatedAfter(Duration age) throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        Clock clock = Clock.fixed(created.plus(age), ZoneOffset.UTC);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        new SecurityConfig.AbsoluteSessionTimeout(clock, Duration.ofHours(8))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session.isInvalid();
    }

    @Test
    void ends_sessions_older_than_eight_hours() throws Exception {
        assertThat(invalidatedAfter(Duration.ofHours(8).plusSeconds(1))).isTrue();
    }

    @Test
    void keeps_younger_sessions() throws Exception {
        assertThat(invalidatedAfter(Duration.ofHours(7).plusMinutes(59))).isFalse();
    }
}
