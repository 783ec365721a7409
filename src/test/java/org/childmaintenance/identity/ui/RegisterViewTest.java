package org.childmaintenance.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class RegisterViewTest extends KaribuTest {

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(RegisterView.class);
    }

    @Test
    void empty_form_shows_an_error_at_each_missing_field_and_in_the_summary() {
        click("create-account");

        assertThat(errorOf("full-name")).isEqualTo("Enter your full name");
        assertThat(errorOf("email")).isEqualTo("Enter your email address");
        assertThat(errorOf("password")).isEqualTo("Enter your password");
        assertThat(summaryMessages()).containsExactly("Enter your full name", "Enter your email address",
                "Enter your password");
        assertThat(title()).startsWith("Error: Create an account");
    }

    @Test
    void bad_email_short_password_and_mismatch_are_each_explained_and_nothing_typed_is_lost() {
        type("full-name", "Jamie Smith");
        type("email", "jamie.example.com");
        type("password", "short");
        type("confirm-password", "different");
        click("create-account");

        assertThat(errorOf("full-name")).isNull();
        assertThat(errorOf("email")).isEqualTo("Enter an email address in the correct format, like name@example.com");
        assertThat(errorOf("password")).isEqualTo("Password must be at least 12 characters");
        assertThat(errorOf("confirm-password")).isEqualTo("The passwords do not match. Enter the same password twice");
        assertThat(((TextField) org.childmaintenance.support.Ui.byId("full-name")).getValue()).isEqualTo("Jamie Smith");
        assertThat(((TextField) org.childmaintenance.support.Ui.byId("email")).getValue()).isEqualTo("jamie.example.com");
    }

    @Test
    void a_common_password_is_refused() {
        type("full-name", "Jamie Smith");
        type("email", TestAccounts.uniqueEmail("jamie"));
        type("password", "passwordpassword");
        type("confirm-password", "passwordpassword");
        click("create-account");

        assertThat(errorOf("password")).isEqualTo("This password is too common and easy to guess. Choose a different password");
    }

    @Test
    void valid_details_create_an_unverified_account_and_ask_to_check_email() {
        String email = TestAccounts.uniqueEmail("new-parent");
        type("full-name", "Jamie Smith");
        type("email", email);
        type("password", "plum-harbour-lantern");
        type("confirm-password", "plum-harbour-lantern");
        click("create-account");

        assertThat(h1()).isEqualTo("Check your email");
        assertThat(summaryMessages()).isEmpty();
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select email_verified from account where email = ?", Boolean.class, email))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from outbound_mail where recipient = ? and subject = ?",
                Integer.class, email, "Confirm your email address")).isEqualTo(1);
    }
}
