package org.childmaintenance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Mail delivery against MariaDB and a real SMTP server (GreenMail on a free port): while the server
 * is down each try fails and is kept by the event publication registry; once it is up, the retry
 * delivers every mail exactly once. The outbox never holds a usable link in plain text.
 */
@PortalTest
class MailDeliveryIT {
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
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


    private Map<String, Object> row(String recipient) {
        return jdbc.queryForMap("select id, status, attempts, body from outbound_mail where recipient = ? order by id desc limit 1",
                recipient);
    }

    private void awaitStatus(String recipient, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(row(recipient).get("status")));
    }

    /** The registry marks a failed publication only after the listener returns: resubmit until the try ran. */
    private void resubmitUntil(String recipient, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            retries.resubmit(Duration.ZERO);
            return status.equals(row(recipient).get("status"));
        });
    }

    @Test
    void mail_that_failed_while_the_server_was_down_is_sent_exactly_once_when_it_is_back() throws Exception {
        String a = TestAccounts.uniqueEmail("retry-a");
        String b = TestAccounts.uniqueEmail("retry-b");
        notifications.sendMail(a, "First", "Hello A");
        notifications.sendMail(b, "Second", "Hello B");
        awaitStatus(a, "RETRYING");
        awaitStatus(b, "RETRYING");
        assertThat(row(a).get("attempts")).isEqualTo(1);

        mail.start();
        resubmitUntil(a, "SENT");
        resubmitUntil(b, "SENT");
        retries.resubmit(Duration.ZERO); // nothing is left to resubmit: no second copy
        Thread.sleep(1500);

        assertThat(mail.server().getReceivedMessagesForDomain(a)).hasSize(1);
        assertThat(mail.server().getReceivedMessagesForDomain(b)).hasSize(1);
        assertThat(GreenMailUtil.getBody(mail.server().getReceivedMessagesForDomain(a)[0])).contains("Hello A");
        assertThat(row(a).get("body")).as("body removed once sent").isNull();
        assertThat(row(a).get("attempts")).isEqualTo(2);
    }

    @Test
    void reset_link_is_sealed_in_the_outbox_and_removed_once_sent() throws Exception {
        String email = TestAccounts.uniqueEmail("sealed");
        identity.provisionAccount(AccountKind.PARENT, email, "Sealed Person", "copper-lantern-meadow", null, null);
        identity.requestPasswordReset(email);
        awaitStatus(email, "RETRYING");

        String stored = (String) row(email).get("body");
        assertThat(stored).startsWith("v1:").doesNotContain("token=").doesNotContain("reset-password")
                .doesNotContain("Sealed Person");

        mail.start();
        resubmitUntil(email, "SENT");
        MimeMessage[] got = mail.server().getReceivedMessagesForDomain(email);
        assertThat(got).hasSize(1);
        Matcher token = TOKEN.matcher(GreenMailUtil.getBody(got[0]).replace("=\r\n", ""));
        assertThat(token.find()).isTrue();
        assertThat(row(email).get("body")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from outbound_mail where body like ?", Integer.class,
                "%" + token.group(1) + "%")).as("the token is nowhere in the outbox").isZero();
    }

    @Test
    void after_the_last_try_casework_sees_could_not_send_and_can_try_again() throws Exception {
        String email = TestAccounts.uniqueEmail("giveup");
        notifications.sendMail(email, "Will fail", "Body");
        awaitStatus(email, "RETRYING");
        for (int i = 2; i <= 6; i++) {
            int expected = i;
            // resubmit until the registry has recorded the last failure and the next try has run
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                retries.resubmit(Duration.ZERO);
                return ((Number) row(email).get("attempts")).intValue() >= expected
                        && !"SENDING".equals(row(email).get("status"));
            });
        }
        awaitStatus(email, "FAILED");
        long id = ((Number) row(email).get("id")).longValue();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "caseworker", null, AuthorityUtils.createAuthorityList("ROLE_CASEWORKER")));
        assertThat(problems.failedSends(100)).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(id);
            assertThat(f.to()).doesNotContain(email).endsWith("@example.test");
            assertThat(f.attempts()).isEqualTo(6);
        });

        mail.start();
        problems.tryAgain(DeliveryProblems.Channel.EMAIL, id);
        awaitStatus(email, "SENT");
        assertThat(mail.server().getReceivedMessagesForDomain(email)).hasSize(1);
        assertThat(problems.failedSends(100)).noneSatisfy(f -> assertThat(f.id()).isEqualTo(id));
    }
}
