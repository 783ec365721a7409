package org.childmaintenance.notification;

/**
 * Sends one text message through a provider. The HTTP contract of {@link HttpSmsGateway} is in
 * docs/sms-adapter.md; without {@code portal.sms.url} the {@link LogSmsGateway} writes texts to the log.
 */
interface SmsGateway {
    /** @throws SmsException when the provider did not take the message ({@code retry} says whether to try again) */
    void send(String phone, String text, String reference) throws SmsException;

    class SmsException extends Exception {
        private final boolean retry;

        SmsException(String message, boolean retry) {
            super(message);
            this.retry = retry;
        }

        boolean retry() {
            return retry;
        }
    }
}
