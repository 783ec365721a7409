package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.childmaintenance.outreach.Times;
import org.junit.jupiter.api.Test;

/** Issue 17: dates in Welsh use Welsh month and day names wherever they are written (pages, letters, appointments). */
class WelshFormatsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 7, 14);

    @Test
    void dates_and_appointment_times_follow_the_language() {
        assertThat(Texts.in(Language.ENGLISH, () -> DisplayFormats.date(DAY))).isEqualTo("14 July 2026");
        assertThat(Texts.in(Language.WELSH, () -> DisplayFormats.date(DAY))).isEqualTo("14 Gorffennaf 2026");
        assertThat(Texts.in(Language.ENGLISH, () -> Times.date(DAY))).isEqualTo("Tuesday 14 July 2026");
        assertThat(Texts.in(Language.WELSH, () -> Times.date(DAY))).isEqualTo("Dydd Mawrth 14 Gorffennaf 2026");
        assertThat(Texts.in(Language.ENGLISH, () -> Times.time(LocalTime.of(14, 30)))).isEqualTo("2:30pm");
        assertThat(Texts.in(Language.WELSH, () -> Times.time(LocalTime.of(14, 30)))).isEqualTo("2:30yh");
    }
}
