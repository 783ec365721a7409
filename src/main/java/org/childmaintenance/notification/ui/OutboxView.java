package org.childmaintenance.notification.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.notification.NotificationService;
import org.childmaintenance.notification.OutboxMessage;
import org.childmaintenance.base.DisplayFormats;

/** Demo only: the e-mails the portal wrote, so a tester can follow verification and reset links. */
@Route(value = "casework/outbox", layout = MainLayout.class)
@RolesAllowed("CASEWORKER")
public class OutboxView extends PortalPage {

    public OutboxView(NotificationService notifications, Clock clock) {
        heading(getTranslation("outbox.title"));
        paragraph(getTranslation("outbox.lead"));
        var messages = notifications.recentOutbox(50);
        if (messages.isEmpty()) {
            paragraph(getTranslation("outbox.none"));
        }
        for (OutboxMessage m : messages) {
            Article article = new Article();
            article.addClassName("outbox-message");
            article.add(new H2(m.subject()));
            article.add(new Paragraph(getTranslation("outbox.meta", m.recipient(), DisplayFormats.preciseDateTime(m.createdAt(), clock.getZone()), m.status())));
            article.add(new Pre(m.body()));
            add(article);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("outbox.title");
    }
}
