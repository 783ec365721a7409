package org.childmaintenance.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default run's "provider": writes each text to the log (number masked) instead of sending it.
 * Only the embedded demo logs the words (so a tester can read a confirmation code); otherwise
 * digits are masked, as a code in a log is a code anyone with the log can use.
 */
class LogSmsGateway implements SmsGateway {
    private static final Logger log = LoggerFactory.getLogger(LogSmsGateway.class);
    private final boolean showText;

    LogSmsGateway(boolean showText) {
        this.showText = showText;
    }

    @Override
    public void send(String phone, String text, String reference) {
        log.info("Text message {} to {} (no provider configured, portal.sms.url): {}", reference, Phones.mask(phone),
                showText ? text : text.replaceAll("\\d", "#"));
    }
}
