package org.childmaintenance.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * The safety net behind the services' own access checks: when a service refuses someone while a
 * page is being opened (for example another person's case id in the address), they see the same
 * "You cannot see this page" as for a route their role does not give them, never a problem page.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServiceAccessDeniedView extends PortalPage implements HasErrorParameter<AccessDeniedException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AccessDeniedView.render(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("accessDenied.title");
    }
}
