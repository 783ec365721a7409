package org.childmaintenance.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default run's "provider": writes each text to the log (number masked) instead of sending it. */
class LogSmsGateway implements SmsGateway {
    private static final Logger log = LoggerFactory.getLogger(LogSmsGateway.class);

    @Override
    public void send(String phone, String text, String reference) {
        log.info("Text message {} to {}: {}", reference, Phones.mask(phone), text);
    }
}
