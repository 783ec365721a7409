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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.childmaintenance.identity.ui.SignInView;

/**
 * Web security: Vaadin's configuration with our sign-in page, the health endpoint open and the
 * rest of /actuator closed, an absolute session lifetime, and sign-out audited. Access rules for
 * data live in the services (method security), not only on routes.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets us move to a stronger scheme and re-hash at sign-in.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Spring's form-login endpoint is not used: people sign in through {@link SignInService}, which
     * applies lockout and rate limits. This makes a direct POST to it always fail.
     */
    @Bean
    UserDetailsService noFormLogin() {
        return username -> {
            throw new UsernameNotFoundException("Sign in through the sign-in page");
        };
    }

    @Bean
    @Order(10)
    SecurityFilterChain webSecurity(HttpSecurity http, SignInService signIn, Clock clock,
                                    @Value("${portal.security.absolute-session-timeout:8h}") Duration absolute) throws Exception {
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
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SignInView.class, "/signed-out"));
        return http.build();
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
