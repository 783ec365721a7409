package org.childmaintenance.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.sql.Timestamp;
import java.time.Instant;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Casework's "Could not send" page: failed e-mails with masked addresses and "Try again"; parents are refused. */
class FailedSendsViewTest extends KaribuTest {

    @Test
    void caseworker_sees_a_failed_mail_without_its_content_and_can_try_again() {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String email = TestAccounts.uniqueEmail("undeliverable");
        jdbc.update("insert into outbound_mail (recipient, subject, body, status, created_at, attempts, last_error) "
                + "values (?, 'You have news about your child maintenance', ?, 'FAILED', ?, 6, 'MailSendException')",
                email, org.childmaintenance.notification.OutboxProbe.seal("Hello"), Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from outbound_mail where recipient = ?", Long.class, email);

        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(FailedSendsView.class);
        assertThat(h1()).isEqualTo("Could not send");
        String table = _get(com.vaadin.flow.component.html.Div.class, d -> d.withId("failed-sends")).getElement().getOuterHTML();
        assertThat(table).contains(email.charAt(0) + "***@example.test").doesNotContain(email)
                .contains("MailSendException").contains("6");

        click("retry-email-" + id);
        assertThat(_get(Paragraph.class, p -> p.withId("retry-done")).getText())
                .isEqualTo("We will try again to send the message to " + email.charAt(0) + "***@example.test.");
        assertThat(jdbc.queryForObject("select status from outbound_mail where id = ?", String.class, id))
                .isNotEqualTo("FAILED");
    }

    @Test
    void a_parent_cannot_open_the_page() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(FailedSendsView.class);
        _get(AccessDeniedView.class);
    }
}
