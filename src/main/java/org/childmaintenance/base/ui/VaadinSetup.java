package org.childmaintenance.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.CustomizedSystemMessages;
import org.childmaintenance.base.Texts;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Session-expired message that says what happened, and one error handler for failures in
 * listeners: logged with a reference, and the person sees the friendly problem page.
 */
@Component
class VaadinSetup implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(VaadinSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(Texts.t("session.expired.caption"));
            messages.setSessionExpiredMessage(Texts.t("session.expired.message"));
            messages.setSessionExpiredURL("sign-in?expired");
            messages.setSessionExpiredNotificationEnabled(true);
            return messages;
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            log.error("Unexpected error in the UI, reference {}", reference, error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.navigate(ProblemPage.class, QueryParameters.of("ref", reference));
            }
        }));
    }
}
