package org.childmaintenance.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;

/** After signing out: it is done, and how to come back. */
@Route(value = "signed-out", layout = MainLayout.class)
@AnonymousAllowed
public class SignedOutView extends PortalPage {
    public SignedOutView() {
        heading(getTranslation("signedOut.title"));
        paragraph(getTranslation("signedOut.body"));
        add(new Paragraph(new Anchor("sign-in", getTranslation("signedOut.signInAgain"))));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("signedOut.title");
    }
}
