package org.childmaintenance.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the outreach services give and take: plain records, no entities. */
public final class OutreachViews {
    private OutreachViews() {
    }

    /** A partner centre as people choose it. */
    public record CentreInfo(long id, String name, String address, String openingTimes) {
    }

    /** An appointment time; who booked it only for the centre's own staff. */
    public record SlotInfo(long id, LocalDate date, LocalTime start, int minutes, boolean booked,
                           @Nullable String bookedBy, @Nullable String bookedReference) {
        public LocalTime end() {
            return start.plusMinutes(minutes);
        }
    }

    /** A call-back as asked for; name and e-mail only from a visitor who is not signed in. */
    public record CallBackAnswers(@Nullable String fullName, @Nullable String email, @Nullable String phone,
                                  @Nullable Set<CallTime> times, @Nullable Topic topic, @Nullable String details,
                                  @Nullable Boolean messageOk, @Nullable String cameFrom) {
    }

    /** An appointment as asked for; name and e-mail only from a visitor who is not signed in. */
    public record AppointmentAnswers(@Nullable String fullName, @Nullable String email, @Nullable Long slotId,
                                     @Nullable Topic topic, @Nullable String details, @Nullable String cameFrom) {
    }

    /** The outcome of asking: the reference to quote, and whether a link was e-mailed. */
    public record Submitted(String reference, RequestKind kind, boolean emailed) {
    }

    /** A person's own request, as they see it (no safety answers are repeated back). */
    public record MyRequest(long id, String reference, RequestKind kind, RequestStatus status, Instant createdAt,
                            @Nullable String centreName, @Nullable String centreAddress, @Nullable LocalDate date,
                            @Nullable LocalTime time, Set<CallTime> times, @Nullable Topic topic) {
    }

    /** A line of casework's Options queue. */
    public record QueueItem(long id, String reference, RequestKind kind, RequestStatus status, String name,
                            Instant createdAt, boolean safetyConcern, boolean noMessages, boolean assignedToMe,
                            @Nullable String assignedName, @Nullable LocalDate appointmentDate,
                            @Nullable String centreName) {
    }

    /** How many requests are open, not yet taken, taken by me, and need care (safety). */
    public record QueueCounts(long open, long unassigned, long mine, long needingCare) {
    }

    /** Everything casework needs to act on one request. */
    public record RequestDetails(long id, String reference, RequestKind kind, RequestStatus status, String name,
                                 @Nullable String email, @Nullable String phone, Set<CallTime> times,
                                 @Nullable Topic topic, @Nullable String details, @Nullable Boolean messageOk,
                                 boolean safetyConcern, @Nullable String safetyDetails, boolean signedIn,
                                 @Nullable String centreName, @Nullable LocalDate date, @Nullable LocalTime time,
                                 @Nullable Integer minutes, @Nullable String referredBy, @Nullable String cameFrom,
                                 @Nullable String assignedName, boolean assignedToMe, @Nullable String outcomeNote,
                                 Instant createdAt, Instant updatedAt) {
    }

    /** What a centre's staff member enters to refer a parent (with the parent's consent). */
    public record ReferralForm(@Nullable String fullName, @Nullable String phone, @Nullable String email,
                               @Nullable Boolean messageOk, @Nullable String helpNeeded, @Nullable Boolean safetyConcern,
                               @Nullable String safetyDetails, boolean consent) {
    }

    /** A referral as the centre that made it sees it: never anything from the parent's case. */
    public record ReferralSummary(long id, String reference, String name, Instant createdAt, RequestStatus status,
                                  String helpNeeded) {
    }

    /** A slot a centre publishes: date, start time as typed ("10:30"), length in minutes. */
    public record SlotForm(@Nullable LocalDate date, @Nullable String startTime, @Nullable Integer minutes) {
    }
}
