package org.childmaintenance.notification;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail to people. Mail is written to the outbox inside the caller's transaction and sent after
 * it commits, so nobody gets a message about something that was rolled back. Logs never carry
 * the body (it can hold single-use links).
 */
@Service
public class NotificationService {
    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private final OutboundMailRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String from;
    private final boolean outboxPageEnabled;

    NotificationService(OutboundMailRepository repository, ObjectProvider<JavaMailSender> mailSender,
                        ApplicationEventPublisher events, Clock clock,
                        @Value("${portal.mail.from}") String from,
                        @Value("${portal.demo-data:false}") boolean outboxPageEnabled) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.events = events;
        this.clock = clock;
        this.from = from;
        this.outboxPageEnabled = outboxPageEnabled;
    }

    /** Queues a plain-text e-mail; it is sent after the current transaction commits. */
    @Transactional
    public void sendMail(String recipient, String subject, String body) {
        OutboundMail mail = repository.save(new OutboundMail(recipient, subject, body, clock.instant()));
        log.info("Mail {} queued for {}: {}", mail.id(), mask(recipient), subject);
        events.publishEvent(new MailQueued(mail.id()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void deliver(MailQueued queued) {
        OutboundMail mail = repository.findById(queued.mailId()).orElseThrow();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            mail.markNoServer();
            log.info("Mail {} kept in the outbox: no mail server is configured (spring.mail.host)", mail.id());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            sender.send(message);
            mail.markSent(clock.instant());
            log.info("Mail {} sent", mail.id());
        } catch (MailException e) {
            mail.markFailed();
            log.warn("Mail {} could not be sent: {}", mail.id(), e.getClass().getSimpleName());
        }
    }

    /** Whether the back-office outbox page is available (embedded demo only: it shows single-use links). */
    public boolean outboxPageEnabled() {
        return outboxPageEnabled;
    }

    /** The newest messages in the outbox, for the demo's back-office page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<OutboxMessage> recentOutbox(int limit) {
        if (!outboxPageEnabled) {
            throw new AccessDeniedException("The outbox page is only available in the demo");
        }
        return repository.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(OutboundMail::toMessage).toList();
    }

    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 1) {
            return "***" + (at >= 0 ? email.substring(at) : "");
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
