package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/** "Exit this page" ends the session and sends the browser away with a 303 it cannot come back to. */
class SafetyExitControllerTest {

    @Test
    void exit_ends_the_session_and_redirects_to_a_neutral_site() {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/exit");
        request.setSession(session);

        ResponseEntity<Void> response = new SafetyExitController().exit(request);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getStatusCode().value()).isEqualTo(303);
        assertThat(response.getHeaders().getLocation()).hasToString(SafetyExitController.NEUTRAL_SITE);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
    }
}
