package org.childmaintenance.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail after the writing transaction commits, on a worker thread. Each try first claims
 * the row (a conditional update), so a mail is sent once even when a retry and a late first try
 * meet. A failed try is recorded and rethrown: the event publication registry keeps the event
 * incomplete and {@link EventRetries} resubmits it; after {@code portal.mail.max-attempts} the mail
 * is marked FAILED for casework to see ("could not send").
 */
@Component
class MailDelivery {
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    private final OutboundMailRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SecretBox box;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;

    MailDelivery(OutboundMailRepository repository, ObjectProvider<JavaMailSender> mailSender, SecretBox box,
                 PlatformTransactionManager transactions, Clock clock, @Value("${portal.mail.from}") String from,
                 @Value("${portal.mail.max-attempts:6}") int maxAttempts) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.box = box;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @ApplicationModuleListener
    void on(MailQueued queued) {
        deliver(queued.mailId());
    }

    /**
     * Sends the batch's mails that are still open, one by one as {@link #deliver} does. If any try failed
     * (and was not the mail's last), the event is failed once at the end so the registry keeps it; the
     * resubmitted event tries only those mails again.
     */
    @ApplicationModuleListener
    void on(MailBatchQueued batch) {
        List<Long> open = tx.execute(s -> repository.inBatch(batch.batchId(), EnumSet.of(OutboundMail.Status.QUEUED,
                OutboundMail.Status.RETRYING, OutboundMail.Status.SENDING)));
        int failed = 0;
        DeliveryFailed first = null;
        for (long id : open == null ? List.<Long>of() : open) {
            try {
                deliver(id);
            } catch (DeliveryFailed e) {
                failed++;
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new DeliveryFailed(failed + " of " + open.size() + " mails of batch " + batch.batchId() + " not sent",
                    first.getCause());
        }
    }

    void deliver(long mailId) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            tx.executeWithoutResult(s -> repository.markStatus(mailId, OutboundMail.Status.NOT_SENT_NO_SERVER, null));
            log.info("Mail {} kept in the outbox: no mail server is configured (spring.mail.host)", mailId);
            return;
        }
        Instant now = clock.instant();
        Integer claimed = tx.execute(s -> repository.claim(mailId, now, now.minus(STALE_CLAIM),
                EnumSet.of(OutboundMail.Status.QUEUED, OutboundMail.Status.RETRYING)));
        if (claimed == null || claimed == 0) {
            return; // already sent, given up, or being sent by another worker
        }
        OutboundMail mail = tx.execute(s -> repository.findById(mailId).orElseThrow());
        Optional<String> body = box.open(mail.sealedBody());
        if (body.isEmpty()) {
            tx.executeWithoutResult(s -> repository.markStatus(mailId, OutboundMail.Status.FAILED, "BodyUnreadable"));
            log.warn("Mail {} cannot be sent: its body cannot be opened with the current key", mailId);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(body.get());
        try {
            sender.send(message);
        } catch (MailException e) {
            boolean giveUp = mail.attempts() >= maxAttempts;
            String error = e.getClass().getSimpleName();
            tx.executeWithoutResult(s -> repository.markStatus(mailId,
                    giveUp ? OutboundMail.Status.FAILED : OutboundMail.Status.RETRYING, error));
            if (giveUp) {
                log.warn("Mail {} could not be sent after {} tries ({}): shown to casework", mailId, mail.attempts(), error);
                return;
            }
            log.info("Mail {} not sent on try {} ({}): will try again", mailId, mail.attempts(), error);
            throw new DeliveryFailed("Mail " + mailId + " not sent: " + error, e);
        }
        tx.executeWithoutResult(s -> repository.markSent(mailId, clock.instant()));
        log.info("Mail {} sent", mailId);
    }

    /** Thrown so the registry keeps the publication for another try. */
    static class DeliveryFailed extends RuntimeException {
        DeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
