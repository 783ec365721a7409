package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a page their role does not give them. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends PortalPage implements HasErrorParameter<AccessDeniedException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        render(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** "You cannot see this page": the same words wherever access is refused. */
    static void render(PortalPage page) {
        page.removeAll();
        page.heading(page.getTranslation("accessDenied.title"));
        page.paragraph(page.getTranslation("accessDenied.body"));
        page.add(new Paragraph(new Anchor("", page.getTranslation("problem.home"))));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("accessDenied.title");
    }
}
