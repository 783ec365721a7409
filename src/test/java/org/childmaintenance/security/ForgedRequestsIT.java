package org.childmaintenance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Cross-site request forgery against everything that is not Vaadin's own (token-checked) traffic: a signed-in
 * person's browser made to POST to any of the portal's endpoints without the CSRF token, or with a wrong one, is
 * refused by the real security chain and the session stays as it was. Vaadin's UIDL requests carry their own
 * security key ({@code ForgedUidlRequestTest}). Also what the chain leaves closed: the actuator beyond health.
 */
@PortalTest
class ForgedRequestsIT {
    @Autowired WebApplicationContext context;
    @Autowired IdentityService identity;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    /** A browser session in which a parent is signed in. */
    private MockHttpSession signedInSession() {
        PortalUser user = identity.reload(identity.provisionAccount(AccountKind.PARENT, TestAccounts.uniqueEmail("csrf"),
                "Csrf Target", "harbour-violet-engine", null, null));
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);
        return session;
    }

    /**
     * Every path the portal's own controllers answer (ids filled in), plus sign-out and pages; not the stateless
     * API, and not the sign-in address, where Vaadin's configuration takes form-login posts without a token (below).
     */
    private Set<String> endpoints() {
        Set<String> paths = new TreeSet<>(List.of("/logout", "/", "/register", "/settings", "/my-case"));
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (!pattern.startsWith("/api/")) {
                paths.add(pattern.replaceAll("\\{[^}]+}", "1"));
            }
        }));
        return paths;
    }

    @Test
    void a_forged_post_without_or_with_a_wrong_csrf_token_is_refused_everywhere_and_signs_nobody_out() throws Exception {
        MockMvc mvc = mvc();
        MockHttpSession session = signedInSession();
        Set<String> paths = endpoints();
        assertThat(paths).as("the portal's own endpoints were found").contains("/exit", "/logout").hasSizeGreaterThan(6);
        List<String> notRefused = new ArrayList<>();
        for (String path : paths) {
            for (MockHttpServletRequestBuilder forged : List.of(post(path).session(session),
                    post(path).session(session).with(csrf().useInvalidToken()),
                    post(path).session(session).param("_csrf", "forged-token"))) {
                int status = mvc.perform(forged).andReturn().getResponse().getStatus();
                if (status != 403) {
                    notRefused.add(path + " -> " + status);
                }
            }
        }
        System.out.println("FORGED POSTS: " + paths.size() + " endpoints x 3 forgeries, refused: " + (notRefused.isEmpty()));
        assertThat(notRefused).as("forged requests that were not refused").isEmpty();
        assertThat(session.isInvalid()).as("the forged sign-out did not sign the person out").isFalse();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();

        // The same sign-out with the page's own token works: the refusals above were for the token alone.
        MockHttpServletResponse signOut = mvc.perform(post("/logout").session(session).with(csrf())).andReturn().getResponse();
        assertThat(signOut.getStatus()).isEqualTo(302);
        assertThat(signOut.getRedirectedUrl()).isEqualTo("/signed-out");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_forged_post_to_the_sign_in_address_signs_nobody_in_or_out() throws Exception {
        MockMvc mvc = mvc();
        MockHttpSession session = signedInSession();
        Object before = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        MockHttpServletResponse response = mvc.perform(post("/sign-in").session(session)
                .param("username", "parent@example.com").param("password", "demo-password-2026")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).startsWith("/sign-in?error");
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("still the person who was signed in, not the demo parent").isSameAs(before);
    }

    @Test
    void the_chain_ends_idle_and_old_sessions_and_those_signed_out_elsewhere() {
        List<String> filters = context.getBean(FilterChainProxy.class).getFilterChains().stream()
                .flatMap(chain -> chain.getFilters().stream()).map(f -> f.getClass().getSimpleName()).toList();
        assertThat(filters).contains("IdleSessionTimeout", "AbsoluteSessionTimeout", "SessionValidityFilter", "CsrfFilter");
    }

    @Test
    void only_the_health_check_of_the_actuator_is_reachable_and_it_shows_no_details() throws Exception {
        MockMvc mvc = mvc();
        MockHttpServletResponse health = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("details", "components", "db");
        MockHttpSession session = signedInSession();
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings",
                "/actuator/metrics", "/actuator/info", "/actuator/sbom")) {
            int status = mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(403, 404);
        }
    }
}
