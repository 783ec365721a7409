package org.childmaintenance.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguagePreferences;
import org.childmaintenance.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final ObjectProvider<LanguagePreferences> languages;
    private final JdbcTemplate jdbc;

    NotificationService(OutboundMailRepository repository, OutboundSmsRepository texts, SecretBox box,
                        ApplicationEventPublisher events, Clock clock,
                        @Value("${portal.demo-data:false}") boolean outboxPageEnabled,
                        ObjectProvider<LanguagePreferences> languages, JdbcTemplate jdbc) {
        this.languages = languages;
        this.jdbc = jdbc;
        this.repository = repository;
        this.texts = texts;
        this.box = box;
        this.events = events;
        this.clock = clock;
        this.outboxPageEnabled = outboxPageEnabled;
    }

    /**
     * Queues an e-mail written in its recipient's language: the subject and body are composed with the
     * language the address's account holder chose (else the current page's: someone inviting a person
     * with no account writes in their own language). Sent after the current transaction commits.
     */
    @Transactional
    public void sendMail(String recipient, Supplier<String> subject, Supplier<String> body) {
        Texts.in(languageOfEmail(recipient), () -> sendMail(recipient, subject.get(), body.get()));
    }

    /** Queues a text message (see {@link #sendText(long, String, String)}) written in the account holder's language. */
    @Transactional
    public void sendText(long accountId, String phone, Supplier<String> text) {
        Language language = languages.getIfAvailable() == null ? Texts.language()
                : languages.getObject().forAccount(accountId);
        Texts.in(language, () -> sendText(accountId, phone, text.get()));
    }

    /** The language to write to this address in. */
    public Language languageOfEmail(String email) {
        LanguagePreferences p = languages.getIfAvailable();
        return p == null ? Texts.language() : p.forEmail(email);
    }

    /** Queues a plain-text e-mail whose texts are already in the recipient's language; sent after the current transaction commits. */
    @Transactional
    public void sendMail(String recipient, String subject, String body) {
        OutboundMail mail = repository.save(new OutboundMail(recipient, subject, box.seal(body), clock.instant()));
        log.info("Mail {} queued for {}: {}", mail.id(), mask(recipient), subject);
        events.publishEvent(new MailQueued(mail.id()));
    }

    /** At most this many mails per batch (one insert batch and one delivery event each). */
    static final int MAIL_BATCH = 1000;

    /**
     * Queues one e-mail to each address in {@code recipients} (an address listed twice gets two), all with the
     * same texts written in each recipient's language as {@link #sendMail(String, Supplier, Supplier)} writes
     * them (composed once per language). For many mails at once (the nightly run's notices): they are written
     * with JDBC batch inserts inside the caller's transaction, in batches of {@value #MAIL_BATCH} with one
     * durable delivery event each ({@link MailBatchQueued}), and sent after commit by {@link MailDelivery}
     * with the same claims, retries and "could not send" as single mails.
     *
     * @return how many mails were queued
     */
    @Transactional
    public int queueMails(List<String> recipients, Supplier<String> subject, Supplier<String> body) {
        Map<String, Language> languageOf = new HashMap<>();
        Map<Language, String[]> textsIn = new HashMap<>();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int from = 0; from < recipients.size(); from += MAIL_BATCH) {
            List<String> part = recipients.subList(from, Math.min(recipients.size(), from + MAIL_BATCH));
            String batch = UUID.randomUUID().toString();
            List<Object[]> rows = new ArrayList<>(part.size());
            for (String recipient : part) {
                Language language = languageOf.computeIfAbsent(recipient, this::languageOfEmail);
                String[] texts = textsIn.computeIfAbsent(language,
                        l -> Texts.in(l, () -> new String[] {subject.get(), body.get()}));
                rows.add(new Object[] {recipient, texts[0], box.seal(texts[1]), now, batch});
            }
            jdbc.batchUpdate("INSERT INTO outbound_mail (recipient, subject, body, status, created_at, attempts, batch_id) "
                    + "VALUES (?, ?, ?, 'QUEUED', ?, 0, ?)", rows);
            events.publishEvent(new MailBatchQueued(batch));
            log.info("{} mails queued in batch {}", part.size(), batch);
        }
        return recipients.size();
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
