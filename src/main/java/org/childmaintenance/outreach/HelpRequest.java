package org.childmaintenance.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One request for help from a person (call-back, appointment) or a partner centre (referral). */
@Entity
@Table(name = "outreach_request")
class HelpRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private RequestKind kind;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private @Nullable Long accountId;
    private String fullName;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String callTimes;
    @Enumerated(EnumType.STRING)
    private @Nullable Topic topic;
    private @Nullable String details;
    private @Nullable Boolean messageOk;
    private boolean safetyConcern;
    private @Nullable String safetyDetails;
    private @Nullable Long centreId;
    private @Nullable Long slotId;
    private @Nullable LocalDate appointmentDate;
    private @Nullable LocalTime appointmentTime;
    private @Nullable Integer appointmentMinutes;
    private @Nullable Long referredByOrg;
    private @Nullable Long referredBy;
    private @Nullable Instant consentAt;
    private @Nullable String cameFrom;
    private @Nullable Long assignedTo;
    private @Nullable String assignedName;
    private @Nullable String outcomeNote;
    /** CHAR(64) in the schema (a SHA-256 in hex): said here too, or H2's schema validation refuses the README's first run. */
    @Column(name = "manage_token_hash", columnDefinition = "CHAR(64)")
    private @Nullable String manageTokenHash;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant closedAt;
    @Version
    private long version;

    protected HelpRequest() {
    }

    private HelpRequest(String reference, RequestKind kind, RequestStatus status, @Nullable Long accountId,
                        String fullName, Instant now) {
        this.reference = reference;
        this.kind = kind;
        this.status = status;
        this.accountId = accountId;
        this.fullName = fullName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static HelpRequest callBack(String reference, @Nullable Long accountId, String fullName, @Nullable String email,
                                String phone, Set<CallTime> times, Topic topic, @Nullable String details,
                                boolean messageOk, @Nullable String cameFrom, Instant now) {
        HelpRequest r = new HelpRequest(reference, RequestKind.CALL_BACK, RequestStatus.WAITING, accountId, fullName, now);
        r.email = email;
        r.phone = phone;
        r.callTimes = times.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        r.topic = topic;
        r.details = details;
        r.messageOk = messageOk;
        r.cameFrom = cameFrom;
        return r;
    }

    static HelpRequest appointment(String reference, @Nullable Long accountId, String fullName, @Nullable String email,
                                   Slot slot, Topic topic, @Nullable String details, @Nullable String cameFrom, Instant now) {
        HelpRequest r = new HelpRequest(reference, RequestKind.APPOINTMENT, RequestStatus.BOOKED, accountId, fullName, now);
        r.email = email;
        r.centreId = slot.centreId();
        r.slotId = slot.id();
        r.appointmentDate = slot.slotDate();
        r.appointmentTime = slot.startTime();
        r.appointmentMinutes = slot.lengthMinutes();
        r.topic = topic;
        r.details = details;
        r.cameFrom = cameFrom;
        return r;
    }

    static HelpRequest referral(String reference, long centreId, long organisationId, long referredBy, String fullName,
                                @Nullable String email, @Nullable String phone, @Nullable Boolean messageOk,
                                String details, boolean safetyConcern, @Nullable String safetyDetails, Instant now) {
        HelpRequest r = new HelpRequest(reference, RequestKind.REFERRAL, RequestStatus.WAITING, null, fullName, now);
        r.centreId = centreId;
        r.referredByOrg = organisationId;
        r.referredBy = referredBy;
        r.email = email;
        r.phone = phone;
        r.messageOk = messageOk;
        r.details = details;
        r.safetyConcern = safetyConcern;
        r.safetyDetails = safetyDetails;
        r.consentAt = now;
        return r;
    }

    void giveManageToken(String tokenHash) {
        this.manageTokenHash = tokenHash;
    }

    void assignTo(long caseworkerId, String name, Instant now) {
        this.assignedTo = caseworkerId;
        this.assignedName = name;
        this.updatedAt = now;
    }

    /** Closes the request with its outcome (the caller has checked the move is allowed). */
    void close(RequestStatus outcome, @Nullable String note, Instant now) {
        this.status = outcome;
        this.outcomeNote = note;
        this.updatedAt = now;
        this.closedAt = now;
        this.manageTokenHash = outcome == RequestStatus.CANCELLED ? null : manageTokenHash;
    }

    /** Whether the safety answers mean casework must take care: a concern, or no message on the phone. */
    boolean needsCare() {
        return safetyConcern || Boolean.FALSE.equals(messageOk);
    }

    Set<CallTime> callTimes() {
        if (callTimes == null || callTimes.isBlank()) {
            return EnumSet.noneOf(CallTime.class);
        }
        return Arrays.stream(callTimes.split(",")).map(CallTime::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CallTime.class)));
    }

    Long id() { return id; }
    String reference() { return reference; }
    RequestKind kind() { return kind; }
    RequestStatus status() { return status; }
    @Nullable Long accountId() { return accountId; }
    String fullName() { return fullName; }
    @Nullable String email() { return email; }
    @Nullable String phone() { return phone; }
    @Nullable Topic topic() { return topic; }
    @Nullable String details() { return details; }
    @Nullable Boolean messageOk() { return messageOk; }
    boolean safetyConcern() { return safetyConcern; }
    @Nullable String safetyDetails() { return safetyDetails; }
    @Nullable Long centreId() { return centreId; }
    @Nullable Long slotId() { return slotId; }
    @Nullable LocalDate appointmentDate() { return appointmentDate; }
    @Nullable LocalTime appointmentTime() { return appointmentTime; }
    @Nullable Integer appointmentMinutes() { return appointmentMinutes; }
    @Nullable Long referredByOrg() { return referredByOrg; }
    @Nullable String cameFrom() { return cameFrom; }
    @Nullable Long assignedTo() { return assignedTo; }
    @Nullable String assignedName() { return assignedName; }
    @Nullable String outcomeNote() { return outcomeNote; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
