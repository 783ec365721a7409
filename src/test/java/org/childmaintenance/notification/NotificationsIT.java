package org.childmaintenance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.NotificationPreferences;
import org.childmaintenance.notices.Notify;
import org.childmaintenance.cases.CaseNews;
import org.childmaintenance.cases.ScheduleChanged;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerEvents;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Notices in the portal and the e-mails and texts that point to them, against MariaDB. */
@PortalTest
class NotificationsIT {
    @Autowired
    Notify notify;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    IdentityService identity;
    @Autowired
    SmsDelivery smsDelivery;
    @Autowired
    EventRetries retries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        TestSafetyFlags.FLAGGED.clear();
    }

    private PortalUser parent(String name) {
        String email = TestAccounts.uniqueEmail("notice");
        long id = identity.provisionAccount(AccountKind.PARENT, email, name, "amber-willow-falcon", null, null);
        return identity.reload(id);
    }

    private void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    private int mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from outbound_mail where recipient = ?", Integer.class, email);
    }

    @Test
    void news_email_says_only_that_there_is_news_and_links_to_the_portal() {
        PortalUser robin = parent("Robin Quill");
        notify.send(robin.accountId(), NotificationKind.PAYMENT_MISSED, "notification.msg.paymentMissed", "payments");

        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(robin.email()) == 1);
        String subject = jdbc.queryForObject("select subject from outbound_mail where recipient = ?", String.class, robin.email());
        String body = OutboxProbe.lastBodyTo(jdbc, robin.email());
        assertThat(body).contains("http://localhost:").contains("/notifications");
        for (String text : List.of(subject, body)) {
            assertThat(text).doesNotContain("Robin").doesNotContain("Quill").doesNotContain("£")
                    .doesNotContainIgnoringCase("missed").doesNotContainIgnoringCase("payment")
                    .doesNotContainPattern("\\d+\\.\\d{2}");
        }
        signIn(robin);
        assertThat(notify.myNotifications(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PAYMENT_MISSED);
            assertThat(n.read()).isFalse();
            assertThat(n.link()).isEqualTo("payments");
        });
        assertThat(notify.myUnreadCount()).isEqualTo(1);
    }

    @Test
    void a_kind_with_email_turned_off_is_listed_but_not_emailed() {
        PortalUser sam = parent("Sam Rowe");
        signIn(sam);
        EnumSet<NotificationKind> emailed = EnumSet.allOf(NotificationKind.class);
        emailed.remove(NotificationKind.MESSAGE);
        preferences.choose(emailed, false);

        notify.send(sam.accountId(), NotificationKind.MESSAGE, "notification.msg.message", "notifications");
        notify.send(sam.accountId(), NotificationKind.DOCUMENT, "notification.msg.document", "my-case");
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(sam.email()) >= 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(sam.email()) == 1);
        assertThat(notify.myNotifications(10)).extracting(Notify.NotificationView::kind)
                .containsExactly(NotificationKind.DOCUMENT, NotificationKind.MESSAGE);
    }

    @Test
    void a_person_with_a_safety_flag_is_emailed_only_after_confirming_email_in_settings() {
        PortalUser kim = parent("Kim Safe");
        TestSafetyFlags.FLAGGED.add(kim.accountId());
        notify.send(kim.accountId(), NotificationKind.DECISION, "notification.msg.decision", "my-case");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(kim.email()) == 0);

        signIn(kim);
        preferences.choose(EnumSet.allOf(NotificationKind.class), false); // confirms e-mail as a channel
        notify.send(kim.accountId(), NotificationKind.DECISION, "notification.msg.decision", "my-case");
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(kim.email()) == 1);
        assertThat(notify.myUnreadCount()).isEqualTo(2);
    }

    @Test
    void texts_go_only_to_a_number_confirmed_with_a_code_through_the_provider_with_retries() throws Exception {
        PortalUser alex = parent("Alex Text");
        signIn(alex);
        try (SmsStub provider = new SmsStub(1, 503)) {
            SmsGateway before = smsDelivery.useGateway(new HttpSmsGateway(provider.url(), "test-token"));
            try {
                assertThatThrownBy(() -> preferences.choose(EnumSet.allOf(NotificationKind.class), true))
                        .isInstanceOf(UserFacingException.class).hasMessage("error.notifications.texts.noPhone");
                preferences.startPhoneConfirmation("07700 900123");
                // the provider answers 503 first: the text is retried and delivered once it takes it
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                    retries.resubmit(Duration.ZERO);
                    return provider.calls.size() >= 2;
                });
                assertThat(provider.calls).hasSize(2);
                SmsStub.Call call = provider.calls.get(1);
                assertThat(call.method()).isEqualTo("POST");
                assertThat(call.path()).isEqualTo("/v1/messages");
                assertThat(call.authorization()).isEqualTo("Bearer test-token");
                assertThat(call.contentType()).isEqualTo("application/json");
                assertThat(call.idempotencyKey()).isEqualTo(provider.calls.get(0).idempotencyKey()).startsWith("sms-");
                assertThat(call.body()).contains("\"to\":\"+447700900123\"");
                Matcher code = Pattern.compile("code is (\\d{6})").matcher(call.body());
                assertThat(code.find()).isTrue();

                assertThatThrownBy(() -> preferences.confirmPhone(code.group(1).equals("000000") ? "111111" : "000000"))
                        .hasMessage("error.notifications.code.wrong");
                preferences.confirmPhone(code.group(1));
                assertThat(preferences.mine().confirmedPhone()).isEqualTo("+447700900123");
                assertThat(preferences.mine().textsOn()).isTrue();
                assertThat(jdbc.queryForObject("select count(*) from outbound_sms where account_id = ? and body is not null",
                        Integer.class, alex.accountId())).as("text bodies removed once sent").isZero();

                notify.send(alex.accountId(), NotificationKind.PAYMENT_RECEIVED, "notification.msg.paymentReceived", "payments");
                await().atMost(Duration.ofSeconds(15)).until(() -> provider.calls.size() == 3);
                assertThat(provider.calls.get(2).body()).contains("There is news").doesNotContain("Alex")
                        .doesNotContain("£").doesNotContainIgnoringCase("payment");
            } finally {
                smsDelivery.useGateway(before);
            }
        }
    }

    @Test
    void decisions_and_payments_on_a_case_become_notices_for_the_right_parent() {
        PortalUser paying = parent("Pat Payer");
        PortalUser receiving = parent("Rene Receiver");
        long caseId = 9_500_000_000L + (System.nanoTime() % 1_000_000);
        tx.executeWithoutResult(s -> events.publishEvent(new ScheduleChanged(caseId, 1L, LocalDate.now(), List.of(),
                "NOTIFY-" + caseId, ServiceType.COLLECT_AND_PAY, paying.accountId(), receiving.accountId())));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(receiving, "DECISION") == 1 && count(paying, "DECISION") == 1);

        tx.executeWithoutResult(s -> events.publishEvent(new LedgerEvents.PaymentPosted(caseId, 1L, LocalDate.now(),
                new BigDecimal("50.00"))));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(paying, "PAYMENT_RECEIVED") == 1
                && count(receiving, "PAYMENT_PASSED_ON") == 1);

        tx.executeWithoutResult(s -> events.publishEvent(new LedgerEvents.MissedPaymentReported(caseId, "NOTIFY-" + caseId,
                1L, LocalDate.now(), new BigDecimal("50.00"))));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(paying, "PAYMENT_MISSED") == 1);
        assertThat(count(receiving, "PAYMENT_MISSED")).isZero();
    }

    @Test
    void other_case_news_and_collect_and_pay_misses_give_each_parent_one_notice() {
        PortalUser paying = parent("Pat Payer");
        PortalUser receiving = parent("Rene Receiver");
        long caseId = 9_600_000_000L + (System.nanoTime() % 1_000_000);
        tx.executeWithoutResult(s -> events.publishEvent(new ScheduleChanged(caseId, 1L, LocalDate.now(), List.of(),
                "NOTIFY-" + caseId, ServiceType.COLLECT_AND_PAY, paying.accountId(), receiving.accountId())));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(receiving, "DECISION") == 1 && count(paying, "DECISION") == 1);

        tx.executeWithoutResult(s -> events.publishEvent(new CaseNews(caseId, List.of(receiving.accountId()))));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(receiving, "DECISION") == 2);
        assertThat(count(paying, "DECISION")).isEqualTo(1);

        tx.executeWithoutResult(s -> events.publishEvent(new LedgerEvents.CollectionMissed(caseId, 7L, LocalDate.now())));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(paying, "PAYMENT_MISSED") == 1
                && count(receiving, "PAYMENT_MISSED") == 1);
        assertThat(jdbc.queryForList("select message_key from portal_notification where account_id = ? order by id",
                String.class, receiving.accountId()))
                .containsExactly("notification.msg.decision", "notification.msg.caseNews", "notification.msg.collectionMissed");
    }

    @Test
    void the_nightly_runs_missed_instalments_give_both_parents_notices_and_batched_emails_in_their_language() {
        PortalUser paying = parent("Bea Batchpayer");
        PortalUser receiving = parent("Rhys Batchreceiver");
        jdbc.update("update account set language = 'cy' where id = ?", receiving.accountId());
        long caseId = 9_700_000_000L + (System.nanoTime() % 1_000_000);
        tx.executeWithoutResult(s -> events.publishEvent(new ScheduleChanged(caseId, 1L, LocalDate.now(), List.of(),
                "NOTIFY-" + caseId, ServiceType.COLLECT_AND_PAY, paying.accountId(), receiving.accountId())));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(receiving, "DECISION") == 1 && count(paying, "DECISION") == 1);

        tx.executeWithoutResult(s -> events.publishEvent(new LedgerEvents.CollectionsMissed(List.of(
                new LedgerEvents.CollectionMissed(caseId, 7L, LocalDate.now().minusDays(8)),
                new LedgerEvents.CollectionMissed(caseId, 8L, LocalDate.now().minusDays(1))))));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(paying, "PAYMENT_MISSED") == 2
                && count(receiving, "PAYMENT_MISSED") == 2);
        assertThat(jdbc.queryForList("select message_key from portal_notification where account_id = ? and kind = 'PAYMENT_MISSED'",
                String.class, paying.accountId())).containsOnly("notification.msg.collectionMissed");
        // one e-mail per notice, queued together in one batch, each in its recipient's language
        List<java.util.Map<String, Object>> mails = jdbc.queryForList("select recipient, subject, batch_id from outbound_mail "
                + "where recipient in (?, ?) and batch_id is not null order by id", paying.email(), receiving.email());
        assertThat(mails).hasSize(4);
        assertThat(mails.stream().map(m -> m.get("batch_id")).distinct()).hasSize(1);
        assertThat(mails.stream().filter(m -> m.get("recipient").equals(paying.email())).map(m -> m.get("subject")))
                .containsOnly("You have news about your child maintenance").hasSize(2);
        assertThat(mails.stream().filter(m -> m.get("recipient").equals(receiving.email())).map(m -> m.get("subject")))
                .containsOnly("Mae gennych newyddion am eich cynhaliaeth plant").hasSize(2);
    }

    private int count(PortalUser user, String kind) {
        return jdbc.queryForObject("select count(*) from portal_notification where account_id = ? and kind = ?",
                Integer.class, user.accountId(), kind);
    }
}
