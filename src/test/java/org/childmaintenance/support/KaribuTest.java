package org.childmaintenance.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import kotlin.jvm.functions.Function0;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests on the real Spring context (Karibu-Testing). The fake request takes the
 * signed-in person from Spring Security's context, as Spring's servlet filter would.
 */
@PortalTest
public abstract class KaribuTest {
    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.childmaintenance");
        }
        SecurityContextHolder.clearContext();
        startUi();
    }

    private void startUi(jakarta.servlet.http.Cookie... cookies) {
        MockVaadin.setMockRequestFactory(session -> {
            SecurityAwareRequest request = new SecurityAwareRequest(session);
            for (jakarta.servlet.http.Cookie c : cookies) {
                request.addCookie(c);
            }
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    /**
     * A new page load: a fresh UI for whoever is signed in now, its requests carrying these cookies (a
     * visitor's language choice, for example), as the browser would send them.
     */
    protected void reloadPage(jakarta.servlet.http.Cookie... cookies) {
        MockVaadin.tearDown();
        startUi(cookies);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** Signs in as an existing account (as if the sign-in page had succeeded). */
    protected PortalUser signInAs(String email) {
        IdentityService identity = ctx.getBean(IdentityService.class);
        PortalUser user = identity.reload(accountIdOf(email));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        return user;
    }

    protected long accountIdOf(String email) {
        return ctx.getBean(TestAccounts.class).idOf(email);
    }

    static final class SecurityAwareRequest extends FakeRequest {
        SecurityAwareRequest(jakarta.servlet.http.HttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.isAuthenticated() ? auth : null;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
    }
}
