package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration, verification and password reset against MariaDB, with real SMTP (GreenMail). */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class IdentityServiceIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    private static final Pattern LINK = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Autowired
    IdentityService identity;
    @Autowired
    SignInService signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String tokenIn(String recipient, String subject) throws Exception {
        // Mail goes out after commit on a worker thread (notification's MailDelivery): wait for it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> Arrays.stream(mail.getReceivedMessagesForDomain(recipient)).anyMatch(msg -> {
                    try {
                        return msg.getSubject().equals(subject);
                    } catch (Exception e) {
                        return false;
                    }
                }));
        MimeMessage m = Arrays.stream(mail.getReceivedMessagesForDomain(recipient))
                .filter(msg -> {
                    try {
                        return msg.getSubject().equals(subject);
                    } catch (Exception e) {
                        return false;
                    }
                }).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("No mail '" + subject + "' to " + recipient));
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", ""));
        assertThat(matcher.find()).as("link in mail").isTrue();
        return matcher.group(1);
    }

    @Test
    void registration_sends_a_single_use_verification_link_that_enables_sign_in(CapturedOutput output) throws Exception {
        String email = TestAccounts.uniqueEmail("reg");
        identity.registerParent(new IdentityService.Registration("Robin Hart", email, "saffron-kettle-marble", "saffron-kettle-marble"));
        String token = tokenIn(email, "Confirm your email address");

        assertThatThrownBy(() -> signIn.signIn(email, "saffron-kettle-marble", "10.0.0.1"))
                .hasMessage("error.signIn.unverified");
        assertThat(identity.verifyEmail(token)).isTrue();
        assertThat(identity.verifyEmail(token)).as("second use").isFalse();
        assertThat(signIn.signIn(email, "saffron-kettle-marble", "10.0.0.1"))
                .isInstanceOf(SignInService.SignedIn.class);

        assertThat(output.getAll()).doesNotContain("saffron-kettle-marble").doesNotContain(token);
    }

    @Test
    void verification_link_expires_after_24_hours() throws Exception {
        String email = TestAccounts.uniqueEmail("late");
        identity.registerParent(new IdentityService.Registration("Late Person", email, "velvet-harbour-comet", "velvet-harbour-comet"));
        String token = tokenIn(email, "Confirm your email address");
        clock.advance(Duration.ofHours(25));
        assertThat(identity.verifyEmail(token)).isFalse();
    }

    @Test
    void registering_an_existing_address_creates_nothing_and_tells_the_owner() throws Exception {
        String email = TestAccounts.uniqueEmail("dup");
        identity.provisionAccount(AccountKind.PARENT, email, "First Owner", "lemon-tractor-violet", null, null);
        identity.registerParent(new IdentityService.Registration("Someone Else", email, "orbit-pepper-island", "orbit-pepper-island"));

        assertThat(jdbc.queryForObject("select full_name from account where email = ?", String.class, email))
                .isEqualTo("First Owner");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(mail.getReceivedMessagesForDomain(email)).extracting(MimeMessage::getSubject)
                        .contains("Someone tried to create an account with your email address"));
    }

    @Test
    void password_reset_by_mailed_link_changes_the_password_once(CapturedOutput output) throws Exception {
        String email = TestAccounts.uniqueEmail("reset");
        identity.provisionAccount(AccountKind.PARENT, email, "Reset Me", "old-walnut-bicycle", null, null);
        identity.requestPasswordReset(email);
        String token = tokenIn(email, "Reset your password");

        assertThatThrownBy(() -> identity.resetPassword(token, "short", "short"))
                .isInstanceOf(UserFacingException.class);
        identity.resetPassword(token, "new-quartz-pelican", "new-quartz-pelican");

        assertThat(signIn.signIn(email, "new-quartz-pelican", "10.0.0.2")).isInstanceOf(SignInService.SignedIn.class);
        assertThatThrownBy(() -> signIn.signIn(email, "old-walnut-bicycle", "10.0.0.2")).hasMessage("error.signIn.failed");
        assertThatThrownBy(() -> identity.resetPassword(token, "another-fresh-words", "another-fresh-words"))
                .hasMessage("error.reset.linkInvalid");
        assertThat(output.getAll()).doesNotContain(token).doesNotContain("new-quartz-pelican");
    }

    @Test
    void reset_for_an_unknown_address_sends_nothing_and_says_nothing() {
        String email = TestAccounts.uniqueEmail("ghost");
        identity.requestPasswordReset(email);
        assertThat(mail.getReceivedMessagesForDomain(email)).isEmpty();
    }

    @Test
    void sign_in_events_and_lockout_are_in_the_audit_trail() {
        String email = TestAccounts.uniqueEmail("audited");
        long id = identity.provisionAccount(AccountKind.PARENT, email, "Audit Me", "cinder-maple-horizon", null, null);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.signIn(email, "wrong-one", "10.0.0.3"));
        }
        var actions = jdbc.queryForList("select action from audit_entry where subject_type = 'account' and subject_id = ? order by id", String.class, Long.toString(id));
        assertThat(actions).contains("ACCOUNT_PROVISIONED", "SIGN_IN_FAILED", "ACCOUNT_LOCKED");
        assertThat(actions.stream().filter("SIGN_IN_FAILED"::equals)).hasSize(5);
    }

    @Test
    void the_audit_trail_cannot_be_changed_or_deleted_in_mariadb() {
        identity.provisionAccount(AccountKind.PARENT, TestAccounts.uniqueEmail("trail"), "Trail", "pebble-saffron-dune", null, null);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set action = 'X'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .hasMessageContaining("append-only");
    }
}
