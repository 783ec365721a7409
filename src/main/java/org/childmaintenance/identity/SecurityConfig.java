package org.childmaintenance.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.childmaintenance.identity.ui.SignInView;

/**
 * Web security: Vaadin's configuration with our sign-in page, the health endpoint open and the
 * rest of /actuator closed, idle and absolute session lifetimes, and sign-out audited. Access rules for
 * data live in the services (method security), not only on routes.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * Argon2id for new hashes (no 72-byte limit, memory-hard), bcrypt still read; hashes of another
     * scheme are upgraded at the next successful sign-in ({@link SignInService}). Parameters from
     * portal.security.argon2.* (defaults: OWASP's 7 MiB, 5 passes, 1 lane,
     * equivalent to its 19 MiB/2 passes and faster on these machines).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${portal.security.argon2.memory-kib:7168}") int memoryKib,
                                    @Value("${portal.security.argon2.iterations:5}") int iterations) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("argon2", new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations));
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    /**
     * Spring's form-login endpoint (which Vaadin's configuration puts at the sign-in page's address, with no CSRF
     * token) is not used: people sign in through {@link SignInService}, which applies lockout and rate limits. A
     * POST to it always fails, at once: no password hash is worked out for it (Spring's own provider would hash
     * the typed password for every unknown name, ~0.1 s of CPU each, with no limit).
     */
    @Bean
    AuthenticationManager noFormLogin() {
        return authentication -> {
            throw new BadCredentialsException("Sign in through the sign-in page");
        };
    }

    @Bean
    @Order(10)
    SecurityFilterChain webSecurity(HttpSecurity http, SignInService signIn, AccountSessions sessions, Clock clock,
                                    @Value("${portal.security.absolute-session-timeout:8h}") Duration absolute,
                                    @Value("${server.servlet.session.timeout:30m}") Duration idle) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles/**", "/scripts/**", "/images/**", "/exit").permitAll());
        LogoutHandler auditSignOut = (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
                signIn.recordSignOut(user);
            }
        };
        http.logout(logout -> logout.addLogoutHandler(auditSignOut).logoutSuccessUrl("/signed-out"));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.addFilterAfter(new AbsoluteSessionTimeout(clock, absolute), SecurityContextHolderFilter.class);
        http.addFilterAfter(new IdleSessionTimeout(clock, idle), AbsoluteSessionTimeout.class);
        http.addFilterAfter(new SessionValidityFilter(sessions), IdleSessionTimeout.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SignInView.class, "/signed-out"));
        return http.build();
    }

    /**
     * Ends a session after {@code server.servlet.session.timeout} (30 minutes) without anything the person did.
     * The container's own timeout is not enough: an open tab sends Vaadin heartbeats every few minutes, which
     * keep the session alive; heartbeats are not activity here.
     */
    static final class IdleSessionTimeout extends OncePerRequestFilter {
        static final String LAST_ACTIVITY = "identity.lastActivity";
        private final Clock clock;
        private final Duration limit;

        IdleSessionTimeout(Clock clock, Duration limit) {
            this.clock = clock;
            this.limit = limit;
        }

        Duration limit() {
            return limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null) {
                long now = clock.millis();
                Object last = session.getAttribute(LAST_ACTIVITY);
                long lastActivity = last instanceof Long millis ? millis : session.getCreationTime();
                if (now - lastActivity > limit.toMillis()) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                } else if (!"heartbeat".equals(request.getParameter("v-r"))) {
                    session.setAttribute(LAST_ACTIVITY, now);
                }
            }
            chain.doFilter(request, response);
        }
    }

    /** Ends any session older than the absolute limit, however active it has been. */
    static final class AbsoluteSessionTimeout extends OncePerRequestFilter {
        private final Clock clock;
        private final Duration limit;

        AbsoluteSessionTimeout(Clock clock, Duration limit) {
            this.clock = clock;
            this.limit = limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null && clock.millis() - session.getCreationTime() > limit.toMillis()) {
                session.invalidate();
            }
            chain.doFilter(request, response);
        }
    }
}
