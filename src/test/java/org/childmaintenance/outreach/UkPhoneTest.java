package org.childmaintenance.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** UK numbers we call back (as people type them), and slot start times as centre staff type them. */
class UkPhoneTest {
    @Test
    void landlines_mobiles_and_freephone_typed_any_usual_way_are_kept_as_digits() {
        assertThat(UkPhone.normalise("07700 900 982")).contains("07700900982");
        assertThat(UkPhone.normalise("+44 7700 900982")).contains("07700900982");
        assertThat(UkPhone.normalise("+44 (0)20 7946 0321")).contains("02079460321");
        assertThat(UkPhone.normalise("0044-113-496-0000")).contains("01134960000");
        assertThat(UkPhone.normalise("(01632) 960 001")).contains("01632960001");
        assertThat(UkPhone.normalise("0800 123 4567")).contains("08001234567");
        assertThat(UkPhone.normalise("0808 157 0192")).contains("08081570192");
    }

    @Test
    void premium_personal_short_long_and_foreign_numbers_are_refused() {
        for (String bad : new String[] {"0906 123 4567", "070 1234 5678", "0871 123 4567", "07700 900", "077009009821",
                "+33 1 23 45 67 89", "999", "", "phone me", "07700 9OO 982"}) {
            assertThat(UkPhone.normalise(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void numbers_are_shown_in_the_groups_people_read() {
        assertThat(UkPhone.display("07700900982")).isEqualTo("07700 900982");
        assertThat(UkPhone.display("02079460321")).isEqualTo("020 7946 0321");
        assertThat(UkPhone.display("03001234567")).isEqualTo("0300 123 4567");
    }

    @Test
    void slot_times_are_read_in_twelve_and_twenty_four_hour_forms_on_five_minute_marks() {
        assertThat(PartnerCentres.parseTime("10:30")).isEqualTo(LocalTime.of(10, 30));
        assertThat(PartnerCentres.parseTime("1030")).isEqualTo(LocalTime.of(10, 30));
        assertThat(PartnerCentres.parseTime("2:15pm")).isEqualTo(LocalTime.of(14, 15));
        assertThat(PartnerCentres.parseTime("2 PM")).isEqualTo(LocalTime.of(14, 0));
        assertThat(PartnerCentres.parseTime("12am")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(PartnerCentres.parseTime("9.45")).isEqualTo(LocalTime.of(9, 45));
        for (String bad : new String[] {"25:00", "10:61", "10:32", "13pm", "noon", "", "-1", "99999999999999"}) {
            assertThat(PartnerCentres.parseTime(bad)).as(bad).isNull();
        }
    }
}
