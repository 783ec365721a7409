package org.childmaintenance.notification;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.childmaintenance.audit.AuditService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For casework: e-mails and texts the portal gave up on ("could not send"), and another try. */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class DeliveryProblems {
    private final OutboundMailRepository mail;
    private final OutboundSmsRepository sms;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    DeliveryProblems(OutboundMailRepository mail, OutboundSmsRepository sms, AuditService audit,
                     ApplicationEventPublisher events) {
        this.mail = mail;
        this.sms = sms;
        this.audit = audit;
        this.events = events;
    }

    public enum Channel { EMAIL, TEXT }

    /** One send that failed; the address is masked and no content is shown. */
    public record FailedSend(Channel channel, long id, String to, String what, int attempts, String error,
                             Instant createdAt) {
    }

    @Transactional(readOnly = true)
    public List<FailedSend> failedSends(int limit) {
        Stream<FailedSend> mails = mail.findByStatusOrderByCreatedAtDesc(OutboundMail.Status.FAILED, PageRequest.of(0, limit))
                .stream().map(m -> new FailedSend(Channel.EMAIL, m.id(), NotificationService.mask(m.recipient()),
                        m.subject(), m.attempts(), m.lastError(), m.createdAt()));
        Stream<FailedSend> texts = sms.findByStatusOrderByCreatedAtDesc(OutboundSms.Status.FAILED, PageRequest.of(0, limit))
                .stream().map(s -> new FailedSend(Channel.TEXT, s.id(), Phones.mask(s.phone()), "", s.attempts(),
                        s.lastError(), s.createdAt()));
        return Stream.concat(mails, texts)
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).limit(limit).toList();
    }

    /** Tries a failed send again (it goes through the same durable delivery). */
    @Transactional
    public void tryAgain(Channel channel, long id) {
        if (channel == Channel.EMAIL) {
            OutboundMail m = mail.findById(id).filter(x -> x.status() == OutboundMail.Status.FAILED).orElseThrow();
            m.retryAgain();
            events.publishEvent(new MailQueued(id));
        } else {
            OutboundSms s = sms.findById(id).filter(x -> x.status() == OutboundSms.Status.FAILED).orElseThrow();
            s.retryAgain();
            events.publishEvent(new SmsQueued(id));
        }
        audit.record("NOTIFICATION_RETRY", channel.name(), String.valueOf(id), "Caseworker asked for another try");
    }
}
