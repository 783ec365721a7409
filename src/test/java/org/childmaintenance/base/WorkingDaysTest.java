package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Bank holidays of England and Wales worked out from the rules (no table of dates), checked against
 * the published lists (gov.uk/bank-holidays) for years without one-off changes.
 */
class WorkingDaysTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void easter_sunday_follows_the_gregorian_computus() {
        assertThat(WorkingDays.easterSunday(2000)).isEqualTo(d(2000, 4, 23));
        assertThat(WorkingDays.easterSunday(2019)).isEqualTo(d(2019, 4, 21));
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(d(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(d(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(d(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(d(2038, 4, 25));
        assertThat(WorkingDays.easterSunday(1818)).as("the earliest possible").isEqualTo(d(1818, 3, 22));
    }

    @Test
    void the_bank_holidays_of_2025_2026_and_2027_match_the_published_lists() {
        assertThat(WorkingDays.bankHolidays(2025)).containsExactlyInAnyOrder(d(2025, 1, 1), d(2025, 4, 18),
                d(2025, 4, 21), d(2025, 5, 5), d(2025, 5, 26), d(2025, 8, 25), d(2025, 12, 25), d(2025, 12, 26));
        // Boxing Day 2026 is a Saturday: the substitute is Monday 28 December.
        assertThat(WorkingDays.bankHolidays(2026)).containsExactlyInAnyOrder(d(2026, 1, 1), d(2026, 4, 3),
                d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31), d(2026, 12, 25), d(2026, 12, 28));
        // Christmas 2027 is a Saturday, Boxing Day a Sunday: Monday 27 and Tuesday 28 December.
        assertThat(WorkingDays.bankHolidays(2027)).containsExactlyInAnyOrder(d(2027, 1, 1), d(2027, 3, 26),
                d(2027, 3, 29), d(2027, 5, 3), d(2027, 5, 31), d(2027, 8, 30), d(2027, 12, 27), d(2027, 12, 28));
    }

    @Test
    void weekend_substitutes_for_new_year_and_a_sunday_christmas() {
        // 1 January 2023 was a Sunday; Christmas 2022 a Sunday (Boxing Day Monday 26, substitute Tuesday 27).
        assertThat(WorkingDays.bankHolidays(2023)).contains(d(2023, 1, 2));
        assertThat(WorkingDays.bankHolidays(2022)).contains(d(2022, 12, 26), d(2022, 12, 27)).doesNotContain(d(2022, 12, 25));
    }

    @Test
    void working_days_skip_weekends_and_bank_holidays() {
        assertThat(WorkingDays.isWorkingDay(d(2026, 4, 2))).isTrue();
        assertThat(WorkingDays.isWorkingDay(d(2026, 4, 3))).as("Good Friday").isFalse();
        assertThat(WorkingDays.isWorkingDay(d(2026, 4, 6))).as("Easter Monday").isFalse();
        assertThat(WorkingDays.isWorkingDay(d(2026, 5, 25))).as("spring bank holiday").isFalse();
        assertThat(WorkingDays.isWorkingDay(d(2026, 4, 4))).as("Saturday").isFalse();
        assertThat(WorkingDays.plusWorkingDays(d(2026, 4, 2), 1)).isEqualTo(d(2026, 4, 7));
    }
}
