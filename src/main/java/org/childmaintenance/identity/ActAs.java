package org.childmaintenance.identity;

import com.vaadin.flow.server.VaadinRequest;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Start-up work (the demo data) done as a person would do it: signed in as the account for the duration of the
 * work, through the same services and the same access checks, then the previous sign-in (usually none) put back.
 * Not for requests: people are signed in by the sign-in pages, and a call made while a web request is being
 * handled is refused (so no page can take on someone else's identity through it).
 */
@Component
public class ActAs {
    private final IdentityService identity;

    ActAs(IdentityService identity) {
        this.identity = identity;
    }

    /** Runs {@code work} signed in as the account and returns its result. */
    public <T> T call(long accountId, Supplier<T> work) {
        if (RequestContextHolder.getRequestAttributes() != null || VaadinRequest.getCurrent() != null) {
            throw new IllegalStateException("ActAs is for start-up work; it is refused while a web request is handled");
        }
        PortalUser user = identity.reload(accountId);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs {@code work} signed in as the account. */
    public void run(long accountId, Runnable work) {
        call(accountId, () -> {
            work.run();
            return null;
        });
    }
}
