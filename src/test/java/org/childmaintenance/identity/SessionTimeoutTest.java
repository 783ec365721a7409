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

/**
 * A session ends after the absolute limit however busy it is, and after 30 minutes with nothing done by the
 * person, however many heartbeats an open tab sends; a younger or busy one is left alone.
 */
class SessionTimeoutTest {
    private static final Duration IDLE = Duration.ofMinutes(30);

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

    /** One request of the session at {@code minutes} after it started; true if the session is still there after it. */
    private static boolean request(MockHttpSession session, long minutes, boolean heartbeat) throws Exception {
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        Clock clock = Clock.fixed(created.plus(Duration.ofMinutes(minutes)), ZoneOffset.UTC);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        if (heartbeat) {
            request.setParameter("v-r", "heartbeat");
        } else {
            request.setParameter("v-r", "uidl");
        }
        request.setSession(session);
        new SecurityConfig.IdleSessionTimeout(clock, IDLE).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return !session.isInvalid();
    }

    @Test
    void ends_a_session_after_thirty_minutes_without_activity() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(request(session, 0, false)).isTrue();
        assertThat(request(session, 31, false)).isFalse();
    }

    @Test
    void heartbeats_of_an_open_tab_do_not_keep_an_idle_session_alive() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(request(session, 0, false)).isTrue();
        for (int minute = 5; minute <= 30; minute += 5) {
            assertThat(request(session, minute, true)).as("heartbeat at minute " + minute).isTrue();
        }
        assertThat(request(session, 31, true)).isFalse();
    }

    @Test
    void each_thing_the_person_does_starts_the_thirty_minutes_again() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(request(session, 0, false)).isTrue();
        assertThat(request(session, 25, false)).isTrue();
        assertThat(request(session, 50, false)).isTrue();
        assertThat(request(session, 79, true)).isTrue();
        assertThat(request(session, 81, false)).isFalse();
    }
}
