package org.childmaintenance.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a session out when its account's password or two-step sign-in changed after it signed in
 * elsewhere (see {@link AccountSessions}). Not a bean: it runs only inside the security chain.
 */
class SessionValidityFilter extends OncePerRequestFilter {
    private final AccountSessions sessions;

    SessionValidityFilter(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
                Object at = session.getAttribute(AccountSessions.SIGNED_IN_AT);
                long signedInAt = at instanceof Long millis ? millis : session.getCreationTime();
                if (!sessions.stillValid(user.accountId(), signedInAt)) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
