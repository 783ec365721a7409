package org.childmaintenance.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends queued texts after commit, off the request thread, with the same claim-and-retry rules as {@link MailDelivery}. */
@Component
class SmsDelivery {
    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);
    private final OutboundSmsRepository repository;
    private final SecretBox box;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maxAttempts;
    private volatile SmsGateway gateway;

    SmsDelivery(OutboundSmsRepository repository, SecretBox box, PlatformTransactionManager transactions, Clock clock,
                @Value("${portal.sms.url:}") String url, @Value("${portal.sms.token:}") String token,
                @Value("${portal.sms.max-attempts:6}") int maxAttempts,
                @Value("${portal.demo-data:false}") boolean demo) {
        this.repository = repository;
        this.box = box;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.gateway = url == null || url.isBlank() ? new LogSmsGateway(demo) : new HttpSmsGateway(url, token);
    }

    /** Tests point delivery at a local stub provider; returns the one used before. */
    SmsGateway useGateway(SmsGateway replacement) {
        SmsGateway before = gateway;
        gateway = replacement;
        return before;
    }

    @ApplicationModuleListener
    void on(SmsQueued queued) {
        deliver(queued.smsId());
    }

    void deliver(long smsId) {
        Instant now = clock.instant();
        Integer claimed = tx.execute(s -> repository.claim(smsId, now, now.minus(Duration.ofMinutes(10)),
                EnumSet.of(OutboundSms.Status.QUEUED, OutboundSms.Status.RETRYING)));
        if (claimed == null || claimed == 0) {
            return;
        }
        OutboundSms sms = tx.execute(s -> repository.findById(smsId).orElseThrow());
        Optional<String> text = box.open(sms.sealedBody());
        if (text.isEmpty()) {
            tx.executeWithoutResult(s -> repository.markStatus(smsId, OutboundSms.Status.FAILED, "BodyUnreadable"));
            return;
        }
        try {
            gateway.send(sms.phone(), text.get(), "sms-" + smsId);
        } catch (SmsGateway.SmsException e) {
            boolean giveUp = !e.retry() || sms.attempts() >= maxAttempts;
            tx.executeWithoutResult(s -> repository.markStatus(smsId,
                    giveUp ? OutboundSms.Status.FAILED : OutboundSms.Status.RETRYING, e.getMessage()));
            if (giveUp) {
                log.warn("Text message {} could not be sent after {} tries: {}", smsId, sms.attempts(), e.getMessage());
                return;
            }
            throw new MailDelivery.DeliveryFailed("Text message " + smsId + " not sent: " + e.getMessage(), e);
        }
        tx.executeWithoutResult(s -> repository.markSent(smsId, clock.instant()));
        log.info("Text message {} sent to {}", smsId, Phones.mask(sms.phone()));
    }
}
