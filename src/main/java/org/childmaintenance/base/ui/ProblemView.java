package org.childmaintenance.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Friendly page for an unexpected failure: no stack trace, a reference the helpline can look up in the log. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ProblemView extends PortalPage implements HasErrorParameter<Exception> {
    private static final Logger log = LoggerFactory.getLogger(ProblemView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        log.error("Unexpected error, reference {}", reference, parameter.getCaughtException());
        ProblemPage.render(this, reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("problem.title");
    }

}
