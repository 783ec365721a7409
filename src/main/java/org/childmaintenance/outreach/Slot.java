package org.childmaintenance.outreach;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * An appointment time a centre published (London time). Booked when {@code bookedRequestId} is set;
 * booking and freeing go through {@link SlotRepository}'s conditional updates, never through this
 * entity, so that two bookings of one slot cannot both succeed.
 */
@Entity
@Table(name = "outreach_slot")
class Slot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long centreId;
    private LocalDate slotDate;
    private LocalTime startTime;
    private int lengthMinutes;
    private @Nullable Long bookedRequestId;
    private Instant createdAt;

    protected Slot() {
    }

    Slot(long centreId, LocalDate slotDate, LocalTime startTime, int lengthMinutes, Instant createdAt) {
        this.centreId = centreId;
        this.slotDate = slotDate;
        this.startTime = startTime;
        this.lengthMinutes = lengthMinutes;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long centreId() { return centreId; }
    LocalDate slotDate() { return slotDate; }
    LocalTime startTime() { return startTime; }
    int lengthMinutes() { return lengthMinutes; }
    LocalTime endTime() { return startTime.plusMinutes(lengthMinutes); }
    @Nullable Long bookedRequestId() { return bookedRequestId; }

    boolean overlaps(LocalDate date, LocalTime start, int minutes) {
        return slotDate.equals(date) && start.isBefore(endTime()) && startTime.isBefore(start.plusMinutes(minutes));
    }
}
