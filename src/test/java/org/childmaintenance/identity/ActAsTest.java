package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Acting as an account is for start-up work only: while a web request is handled it is refused and nothing runs. */
class ActAsTest {
    @AfterEach
    void tidy() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void is_refused_while_a_web_request_is_handled_and_the_work_does_not_run() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        AtomicBoolean ran = new AtomicBoolean();
        ActAs actAs = new ActAs(null); // refused before any account is looked up

        assertThatThrownBy(() -> actAs.run(1L, () -> ran.set(true))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("web request");
        assertThat(ran).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("nobody signed in by it").isNull();
    }
}
