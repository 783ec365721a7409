package org.childmaintenance.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;
import org.childmaintenance.base.Texts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Session-expired message that says what happened, each UI's last answer kept deflated ({@link CompactLastAnswer}),
 * and one error handler for failures in
 * listeners: logged with a reference, and the person sees the friendly problem page. Each page is
 * served in the person's language ({@link LanguageChoice}): the UI's locale, and {@code <html lang>}.
 */
@Component
class VaadinSetup implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(VaadinSetup.class);
    private final LanguageChoice languages;

    VaadinSetup(LanguageChoice languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Added handlers come before Flow's own: this one answers every UIDL request (Flow's code, a smaller cache).
        event.addRequestHandler(new CompactLastAnswer());
        Texts.usePageLanguage(() -> {
            UI ui = UI.getCurrent();
            return ui == null ? null : Language.of(ui.getLocale());
        });
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(languageOf(VaadinRequest.getCurrent()).locale()));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", languageOf(response.getVaadinRequest()).code()));
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(Texts.t(info.getLocale(), "session.expired.caption"));
            messages.setSessionExpiredMessage(Texts.t(info.getLocale(), "session.expired.message"));
            messages.setSessionExpiredURL("sign-in?expired");
            // Straight to the sign-in page, whose banner says why (after 30 minutes, or when a node stopped): no error box
            messages.setSessionExpiredNotificationEnabled(false);
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

    private Language languageOf(@Nullable VaadinRequest request) {
        HttpServletRequest http = request instanceof VaadinServletRequest r ? r.getHttpServletRequest() : null;
        return languages.languageOf(http);
    }
}
