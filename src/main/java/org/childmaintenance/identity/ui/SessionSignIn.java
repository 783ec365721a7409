package org.childmaintenance.identity.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collection;
import java.util.List;
import com.vaadin.flow.component.UI;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;
import org.childmaintenance.identity.AccountLanguages;
import org.childmaintenance.identity.AccountSessions;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Puts a signed-in person into the HTTP session, with a new session id (no session fixation). */
final class SessionSignIn {
    private static final String PENDING_SECOND_STEP = "identity.pendingSecondStep";
    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SessionSignIn() {
    }

    static void establish(PortalUser user) {
        store(user, user.authorities());
    }

    /** Signed in by password, but only allowed to set up two-step sign-in. */
    static void establishForTwoFactorSetup(PortalUser user) {
        store(user, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.TWO_FACTOR_SETUP)));
    }

    static void rememberPendingSecondStep(long accountId) {
        VaadinSession.getCurrent().getSession().setAttribute(PENDING_SECOND_STEP, accountId);
    }

    static Long pendingSecondStep() {
        Object value = VaadinSession.getCurrent().getSession().getAttribute(PENDING_SECOND_STEP);
        return value instanceof Long id ? id : null;
    }

    static void clearPendingSecondStep() {
        VaadinSession.getCurrent().getSession().removeAttribute(PENDING_SECOND_STEP);
    }

    private static void store(PortalUser user, Collection<? extends GrantedAuthority> authorities) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpServletRequest http = request.getHttpServletRequest();
        HttpSession session = http.getSession(false);
        if (session != null) {
            try {
                http.changeSessionId();
            } catch (IllegalStateException | UnsupportedOperationException e) {
                // Test containers without session id support: nothing to rotate.
            }
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, http, VaadinServletResponse.getCurrent().getHttpServletResponse());
        // Sessions that signed in before a password or two-step change elsewhere are ended (AccountSessions).
        VaadinService.getCurrent().getInstantiator().getOrCreate(AccountSessions.class).markSignedIn(http.getSession(true));
        applyAccountLanguage(user, http);
    }

    /**
     * The account's language from now on (if they never chose, the one they were using is kept for them);
     * the layout redraws the page when it changes. The cookie follows, so signing out keeps it.
     */
    private static void applyAccountLanguage(PortalUser user, HttpServletRequest http) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Language language = VaadinService.getCurrent().getInstantiator().getOrCreate(AccountLanguages.class)
                .atSignIn(Language.of(ui.getLocale()));
        ui.setLocale(language.locale());
        VaadinServletResponse.getCurrent().getHttpServletResponse()
                .addCookie(LanguageChoice.cookie(language, http.isSecure()));
    }
}
