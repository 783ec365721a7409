package org.childmaintenance.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Every password box (sign in, register, reset, change): typed masked, with the "show password" button so people
 * can check what they typed, long passwords and pasting allowed (password managers fill them: the autocomplete
 * hint says which password is wanted), and never a plain text box for a password (ASVS 6.2.6, 6.2.7, 6.2.9).
 */
class PasswordFieldsTest extends KaribuTest {

    private int checkPage(String route) {
        UI.getCurrent().navigate(route);
        List<PasswordField> fields = _find(PasswordField.class);
        for (PasswordField field : fields) {
            String name = route + "#" + field.getId().orElse("?");
            assertThat(field.isRevealButtonVisible()).as(name + " show password").isTrue();
            assertThat(field.getElement().getAttribute("autocomplete")).as(name + " autocomplete")
                    .isIn("current-password", "new-password");
            assertThat(field.getAllowedCharPattern()).as(name + " any character").isNullOrEmpty();
            assertThat(field.getMaxLength()).as(name + " long passwords").satisfiesAnyOf(
                    max -> assertThat(max).isZero(), max -> assertThat(max).isGreaterThanOrEqualTo(64));
            for (String blocked : List.of("onpaste", "oncopy", "ondrop")) {
                assertThat(field.getElement().hasAttribute(blocked)).as(name + " " + blocked).isFalse();
            }
        }
        assertThat(_find(TextField.class)).as(route + ": no password in a plain text box")
                .noneMatch(t -> t.getId().orElse("").toLowerCase().contains("password"));
        return fields.size();
    }

    @Test
    void password_boxes_are_masked_can_be_shown_and_accept_pasting_and_long_passwords() {
        assertThat(checkPage("sign-in")).isEqualTo(1);
        assertThat(checkPage("register")).isEqualTo(2);
        assertThat(checkPage("reset-password")).isIn(0, 2);
        signInAs("parent@example.com");
        assertThat(checkPage("settings/password")).isEqualTo(3);
    }
}
