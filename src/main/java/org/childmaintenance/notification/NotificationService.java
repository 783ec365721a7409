package org.childmaintenance.notification;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail and text messages to people. Mail is written to the outbox inside the caller's transaction and sent after
 * it commits, off the request thread and with retries ({@link MailDelivery}), so nobody gets a
 * message about something that was rolled back and a mail server outage loses nothing. Bodies are
 * sealed at rest and removed once sent; logs never carry them (they can hold single-use links).
 */
@Service
public class NotificationService {
    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private final OutboundMailRepository repository;
    private final OutboundSmsRepository texts;
    private final SecretBox box;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean outboxPageEnabled;

    NotificationService(OutboundMailRepository repository, OutboundSmsRepository texts, SecretBox box,
                        ApplicationEventPublisher events, Clock clock,
                        @Value("${portal.demo-data:false}") boolean outboxPageEnabled) {
        this.repository = repository;
        this.texts = texts;
        this.box = box;
        this.events = events;
        this.clock = clock;
        this.outboxPageEnabled = outboxPageEnabled;
    }

    /** Queues a plain-text e-mail; it is sent after the current transaction commits. */
    @Transactional
    public void sendMail(String recipient, String subject, String body) {
        OutboundMail mail = repository.save(new OutboundMail(recipient, subject, box.seal(body), clock.instant()));
        log.info("Mail {} queued for {}: {}", mail.id(), mask(recipient), subject);
        events.publishEvent(new MailQueued(mail.id()));
    }

    /**
     * Queues a text message to a number the person confirmed (callers check that); it is sent after
     * the current transaction commits through the configured provider (docs/sms-adapter.md).
     */
    @Transactional
    public void sendText(long accountId, String phone, String text) {
        OutboundSms sms = texts.save(new OutboundSms(accountId, phone, box.seal(text), clock.instant()));
        log.info("Text message {} queued for {}", sms.id(), Phones.mask(phone));
        events.publishEvent(new SmsQueued(sms.id()));
    }

    /** Whether the back-office outbox page is available (embedded demo only: it shows single-use links). */
    public boolean outboxPageEnabled() {
        return outboxPageEnabled;
    }

    /** The newest messages in the outbox, for the demo's back-office page (bodies opened; gone once sent). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<OutboxMessage> recentOutbox(int limit) {
        if (!outboxPageEnabled) {
            throw new AccessDeniedException("The outbox page is only available in the demo");
        }
        return repository.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(m -> new OutboxMessage(m.id(), m.recipient(), m.subject(), box.open(m.sealedBody()).orElse(""),
                        m.status().name(), m.createdAt()))
                .toList();
    }

    static String mask(String email) {
        return org.childmaintenance.base.Masking.email(email);
    }
}
