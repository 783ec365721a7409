package org.childmaintenance.notices;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feature's deadlines that people should be reminded of (SPI): implement it as a bean. Once a
 * day {@link DeadlineNotices} asks every source what is due and raises each notice once per person,
 * however often it asks (the key is remembered). Runs as the system, with nobody signed in.
 */
public interface DeadlineSource {
    /**
     * A reminder for one person. {@code key} names the deadline (e.g. {@code "remittance-due:12:2031-02"});
     * {@code messageKey} is the translation key of the notice's text and {@code link} a portal path.
     */
    record Reminder(String key, long accountId, String messageKey, @Nullable String link) {
    }

    /** The reminders due on {@code today} (the same ones again on later days is fine: each is raised once). */
    List<Reminder> remindersDue(LocalDate today);
}
