package org.childmaintenance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.childmaintenance.base.Texts;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch queue ({@link NotificationService#queueMails}) against MariaDB and a real SMTP server (GreenMail on a
 * free port): many mails written in one go with one durable delivery event, each sent exactly once in its
 * recipient's language; while the server is down the batch is retried, and a mail that never goes is listed for
 * casework ("could not send") and can be tried again, as single mails are.
 */
@PortalTest
class MailBatchIT {
    private static final Supplier<String> SUBJECT = () -> Texts.t("notification.mail.subject");
    private static final Supplier<String> BODY = () -> Texts.t("notification.mail.body", "https://portal.test/notifications");
    @Autowired
    NotificationService notifications;
    @Autowired
    IdentityService identity;
    @Autowired
    EventRetries retries;
    @Autowired
    DeliveryProblems problems;
    @Autowired
    JavaMailSenderImpl sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private SmtpLater mail;

    @BeforeEach
    void pointMailAtAClosedPort() throws IOException {
        mail = new SmtpLater(sender);
    }

    @AfterEach
    void restore() {
        mail.close();
        SecurityContextHolder.clearContext();
    }


    private String parent(String name, String language) {
        String email = TestAccounts.uniqueEmail(name);
        long id = identity.provisionAccount(AccountKind.PARENT, email, name, "amber-willow-falcon", null, null);
        jdbc.update("update account set language = ? where id = ?", language, id);
        return email;
    }

    private long publications(String eventType) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where EVENT_TYPE like ?", Long.class,
                "%." + eventType);
    }

    private List<String> statuses(String... recipients) {
        return jdbc.queryForList("select status from outbound_mail where recipient in (" + String.join(", ",
                java.util.Collections.nCopies(recipients.length, "?")) + ") order by id", String.class, (Object[]) recipients);
    }

    private int attempts(String recipient) {
        return jdbc.queryForObject("select min(attempts) from outbound_mail where recipient = ?", Integer.class, recipient);
    }

    @Test
    void a_batch_is_queued_in_one_go_and_each_mail_is_sent_once_in_its_recipients_language() throws Exception {
        mail.start();
        String english = parent("batch-en", "en");
        String welsh = parent("batch-cy", "cy");

        tx.executeWithoutResult(s -> {
            long batchEvents = publications("MailBatchQueued");
            long singleEvents = publications("MailQueued");
            assertThat(notifications.queueMails(List.of(english, welsh, english), SUBJECT, BODY)).isEqualTo(3);
            // written in one go: one batch, one durable delivery event for it, none per mail
            assertThat(jdbc.queryForObject("select count(distinct batch_id) from outbound_mail where recipient in (?, ?)",
                    Integer.class, english, welsh)).isEqualTo(1);
            assertThat(statuses(english, welsh)).containsExactly("QUEUED", "QUEUED", "QUEUED");
            assertThat(publications("MailBatchQueued")).isEqualTo(batchEvents + 1);
            assertThat(publications("MailQueued")).isEqualTo(singleEvents);
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(english, welsh).stream().allMatch("SENT"::equals));
        retries.resubmit(Duration.ZERO); // nothing is left to send: no second copy
        Thread.sleep(1500);

        MimeMessage[] toEnglish = mail.server().getReceivedMessagesForDomain(english);
        MimeMessage[] toWelsh = mail.server().getReceivedMessagesForDomain(welsh);
        assertThat(toEnglish).hasSize(2);
        assertThat(toWelsh).hasSize(1);
        assertThat(toEnglish[0].getSubject()).isEqualTo("You have news about your child maintenance");
        assertThat(toWelsh[0].getSubject()).isEqualTo("Mae gennych newyddion am eich cynhaliaeth plant");
        assertThat(jdbc.queryForObject("select count(*) from outbound_mail where recipient in (?, ?) and body is not null",
                Integer.class, english, welsh)).as("bodies removed once sent").isZero();
    }

    @Test
    void a_batch_that_failed_while_the_server_was_down_is_retried_and_each_mail_sent_once() throws Exception {
        String a = parent("batch-retry-a", "en");
        String b = parent("batch-retry-b", "en");
        notifications.queueMails(List.of(a, b), SUBJECT, BODY);
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(a, b).equals(List.of("RETRYING", "RETRYING")));
        assertThat(attempts(a)).isEqualTo(1);

        mail.start();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            retries.resubmit(Duration.ZERO);
            return statuses(a, b).equals(List.of("SENT", "SENT"));
        });
        retries.resubmit(Duration.ZERO);
        Thread.sleep(1500);
        assertThat(mail.server().getReceivedMessagesForDomain(a)).hasSize(1);
        assertThat(mail.server().getReceivedMessagesForDomain(b)).hasSize(1);
        assertThat(attempts(a)).isEqualTo(2);
    }

    @Test
    void after_the_last_try_a_batched_mail_is_listed_as_could_not_send_and_can_be_tried_again() throws Exception {
        String email = parent("batch-giveup", "en");
        notifications.queueMails(List.of(email), SUBJECT, BODY);
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(email).equals(List.of("RETRYING")));
        for (int i = 2; i <= 6; i++) {
            int expected = i;
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                retries.resubmit(Duration.ZERO);
                return attempts(email) >= expected && !statuses(email).equals(List.of("SENDING"));
            });
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(email).equals(List.of("FAILED")));
        long id = jdbc.queryForObject("select id from outbound_mail where recipient = ?", Long.class, email);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "caseworker", null, AuthorityUtils.createAuthorityList("ROLE_CASEWORKER")));
        assertThat(problems.failedSends(100)).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(id);
            assertThat(f.attempts()).isEqualTo(6);
            assertThat(f.to()).doesNotContain(email);
        });
        // given up: resubmitting the batch's event tries it no more
        retries.resubmit(Duration.ZERO);
        Thread.sleep(1000);
        assertThat(attempts(email)).isEqualTo(6);

        mail.start();
        problems.tryAgain(DeliveryProblems.Channel.EMAIL, id);
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(email).equals(List.of("SENT")));
        assertThat(mail.server().getReceivedMessagesForDomain(email)).hasSize(1);
        assertThat(problems.failedSends(100)).noneSatisfy(f -> assertThat(f.id()).isEqualTo(id));
    }
}
