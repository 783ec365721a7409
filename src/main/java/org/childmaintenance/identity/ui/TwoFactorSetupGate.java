package org.childmaintenance.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.childmaintenance.base.ui.HelpView;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Staff who signed in but still have to set up two-step sign-in are sent to the set-up page from
 * any other page (instead of "You cannot see this page"), with a line saying why.
 */
@Component
class TwoFactorSetupGate implements VaadinServiceInitListener {
    static final String REDIRECTED = "required";
    private static final Set<Class<?>> ALLOWED = Set.of(TwoFactorView.class, SignInView.class, SignInCodeView.class,
            SignedOutView.class, HelpView.class);
    private final CurrentUser currentUser;

    TwoFactorSetupGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.hasRole(Roles.TWO_FACTOR_SETUP) && !ALLOWED.contains(event.getNavigationTarget())) {
            event.forwardTo(TwoFactorView.ROUTE, QueryParameters.of(REDIRECTED, "1"));
        }
    }
}
