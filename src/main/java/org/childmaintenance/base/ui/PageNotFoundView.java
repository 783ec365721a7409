package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** "Page not found": the same page whether the address is wrong or belongs to someone else. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends PortalPage implements HasErrorParameter<NotFoundException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        heading(getTranslation("notFound.title"));
        paragraph(getTranslation("notFound.body"));
        add(new Paragraph(new Anchor("", getTranslation("problem.home"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("notFound.title");
    }
}
