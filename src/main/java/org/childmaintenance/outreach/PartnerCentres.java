package org.childmaintenance.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.identity.OrganisationDirectory;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.outreach.OutreachViews.CentreInfo;
import org.childmaintenance.outreach.OutreachViews.ReferralForm;
import org.childmaintenance.outreach.OutreachViews.ReferralSummary;
import org.childmaintenance.outreach.OutreachViews.SlotForm;
import org.childmaintenance.outreach.OutreachViews.SlotInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner centre's side: refer a parent (only with their consent), publish and withdraw appointment
 * slots, and follow the referrals the centre made — their status, never anything of the parent's case
 * (a referral is not linked to a case at all). Every method works on the signed-in staff member's own
 * centre; casework sets centres up.
 */
@Service
public class PartnerCentres {
    /** Lengths of appointment a centre may offer, in minutes. */
    public static final List<Integer> LENGTHS = List.of(30, 45, 60, 90);
    static final LocalTime EARLIEST = LocalTime.of(7, 0);
    static final LocalTime LATEST_END = LocalTime.of(21, 0);
    private final CentreRepository centres;
    private final SlotRepository slots;
    private final HelpRequestRepository requests;
    private final HelpRequests helpRequests;
    private final OrganisationDirectory organisations;
    private final OutreachAccess access;
    private final AuditService audit;
    private final Clock clock;

    PartnerCentres(CentreRepository centres, SlotRepository slots, HelpRequestRepository requests,
                   HelpRequests helpRequests, OrganisationDirectory organisations, OutreachAccess access,
                   AuditService audit, Clock clock) {
        this.centres = centres;
        this.slots = slots;
        this.requests = requests;
        this.helpRequests = helpRequests;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets up (or updates) the partner centre of a partner organisation already provisioned in identity:
     * the address and opening times people see when they choose a centre. Casework only.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public CentreInfo registerCentre(String organisationName, String address, String openingTimes) {
        OrganisationDirectory.OrganisationInfo org = organisations.findByName(organisationName)
                .orElseThrow(() -> new UserFacingException("outreach.error.noSuchOrganisation"));
        Centre centre = centres.findByOrganisationId(org.id())
                .orElseGet(() -> new Centre(org.id(), org.name(), address, openingTimes, clock.instant()));
        centre.describe(Answers.line(address), Answers.line(openingTimes));
        centre = centres.save(centre);
        audit.record("PARTNER_CENTRE_REGISTERED", "partner_centre", centre.id().toString(), centre.name());
        return HelpRequests.info(centre);
    }

    /** The signed-in staff member's centre. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public CentreInfo myCentre() {
        return HelpRequests.info(access.myCentre());
    }

    /**
     * Refers a parent to the Options team. The parent must have agreed to it (the consent box), and
     * safety concerns are asked every time: they are shown first to casework.
     */
    @Transactional
    @PreAuthorize("hasRole('PARTNER')")
    public String refer(ReferralForm f) {
        Centre centre = access.myCentre();
        PortalUser me = access.me();
        List<FieldError> errors = new ArrayList<>();
        Answers.nameProblem(f.fullName(), "outreach.error.referral.name.missing")
                .ifPresent(k -> errors.add(new FieldError("fullName", k)));
        Answers.phoneProblem(f.phone(), false).ifPresent(k -> errors.add(new FieldError("phone", k)));
        Answers.emailProblem(f.email(), false).ifPresent(k -> errors.add(new FieldError("email", k)));
        boolean hasPhone = !Answers.line(f.phone()).isEmpty();
        if (!hasPhone && Answers.line(f.email()).isEmpty()) {
            errors.add(new FieldError("phone", "outreach.error.referral.contact.missing"));
        }
        if (hasPhone && f.messageOk() == null) {
            errors.add(new FieldError("messageOk", "outreach.error.message.missing"));
        }
        Answers.textProblem(f.helpNeeded(), "outreach.error.referral.help.missing")
                .ifPresent(k -> errors.add(new FieldError("helpNeeded", k)));
        if (f.safetyConcern() == null) {
            errors.add(new FieldError("safetyConcern", "outreach.error.referral.safety.missing"));
        } else if (f.safetyConcern()) {
            Answers.textProblem(f.safetyDetails(), "outreach.error.referral.safetyDetails.missing")
                    .ifPresent(k -> errors.add(new FieldError("safetyDetails", k)));
        }
        if (!f.consent()) {
            errors.add(new FieldError("consent", "outreach.error.referral.consent.missing"));
        }
        HelpRequests.refuseIfAny(errors);
        String email = Answers.email(f.email());
        HelpRequest r = HelpRequest.referral(helpRequests.newReference(), centre.id(), centre.organisationId(),
                me.accountId(), Answers.line(f.fullName()), email.isEmpty() ? null : email,
                hasPhone ? UkPhone.normalise(Answers.line(f.phone())).orElseThrow() : null,
                hasPhone ? f.messageOk() : null, Answers.text(f.helpNeeded()), Boolean.TRUE.equals(f.safetyConcern()),
                Boolean.TRUE.equals(f.safetyConcern()) ? HelpRequests.details(f.safetyDetails()) : null, clock.instant());
        r = requests.save(r);
        audit.record("PARTNER_REFERRAL_MADE", "help_request", r.id().toString(), r.reference() + " with consent");
        return r.reference();
    }

    /** The referrals this centre made, newest first, with where each stands. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public List<ReferralSummary> myReferrals() {
        Centre centre = access.myCentre();
        return requests.findByReferredByOrgOrderByCreatedAtDesc(centre.organisationId()).stream()
                .map(PartnerCentres::summary).toList();
    }

    /** One referral this centre made (another centre's is refused). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public ReferralSummary referral(long referralId) {
        Centre centre = access.myCentre();
        return requests.findById(referralId)
                .filter(r -> r.kind() == RequestKind.REFERRAL && r.referredByOrg() != null
                        && r.referredByOrg() == centre.organisationId())
                .map(PartnerCentres::summary)
                .orElseThrow(() -> new AccessDeniedException("Not this centre's referral"));
    }

    private static ReferralSummary summary(HelpRequest r) {
        return new ReferralSummary(r.id(), r.reference(), r.fullName(), r.createdAt(), r.status(),
                r.details() == null ? "" : r.details());
    }

    /** This centre's slots from today on, with who booked each (they will meet them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public List<SlotInfo> mySlots() {
        Centre centre = access.myCentre();
        List<Slot> mine = slots.findByCentreIdAndSlotDateGreaterThanEqualOrderBySlotDateAscStartTimeAsc(centre.id(),
                LocalDate.now(clock));
        Set<Long> booked = mine.stream().map(Slot::bookedRequestId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, HelpRequest> byId = requests.findByIdIn(booked).stream()
                .collect(Collectors.toMap(HelpRequest::id, Function.identity()));
        return mine.stream().map(s -> {
            HelpRequest r = s.bookedRequestId() == null ? null : byId.get(s.bookedRequestId());
            return new SlotInfo(s.id(), s.slotDate(), s.startTime(), s.lengthMinutes(), r != null,
                    r == null ? null : r.fullName(), r == null ? null : r.reference());
        }).toList();
    }

    /**
     * Publishes an appointment slot: a date from today to {@value HelpRequests#WEEKS_AHEAD} weeks ahead, a
     * start time ("10:30" or "2:30pm", on a 5-minute mark) from 7am with the end by 9pm, a length from {@link #LENGTHS},
     * not overlapping another of the centre's slots.
     */
    @Transactional
    @PreAuthorize("hasRole('PARTNER')")
    public long publishSlot(SlotForm f) {
        Centre centre = access.myCentre();
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (f.date() == null) {
            errors.add(new FieldError("date", "outreach.error.slot.date.missing"));
        } else if (f.date().isBefore(today) || f.date().isAfter(today.plusWeeks(HelpRequests.WEEKS_AHEAD))) {
            errors.add(new FieldError("date", "outreach.error.slot.date.range"));
        }
        LocalTime start = parseTime(f.startTime());
        if (Answers.line(f.startTime()).isEmpty()) {
            errors.add(new FieldError("startTime", "outreach.error.slot.time.missing"));
        } else if (start == null) {
            errors.add(new FieldError("startTime", "outreach.error.slot.time.format"));
        }
        if (f.minutes() == null || !LENGTHS.contains(f.minutes())) {
            errors.add(new FieldError("minutes", "outreach.error.slot.length.missing"));
        }
        if (errors.isEmpty()) {
            LocalTime end = start.plusMinutes(f.minutes());
            if (start.isBefore(EARLIEST) || end.isAfter(LATEST_END) || end.isBefore(start)) {
                errors.add(new FieldError("startTime", "outreach.error.slot.time.hours"));
            } else if (f.date().equals(today) && !start.isAfter(LocalTime.now(clock))) {
                errors.add(new FieldError("startTime", "outreach.error.slot.time.past"));
            } else if (slots.findByCentreIdAndSlotDate(centre.id(), f.date()).stream()
                    .anyMatch(s -> s.overlaps(f.date(), start, f.minutes()))) {
                errors.add(new FieldError("startTime", "outreach.error.slot.overlap"));
            }
        }
        HelpRequests.refuseIfAny(errors);
        Slot slot = slots.save(new Slot(centre.id(), f.date(), start, f.minutes(), clock.instant()));
        audit.record("PARTNER_SLOT_PUBLISHED", "partner_slot", slot.id().toString(),
                centre.name() + " " + f.date() + " " + start + " " + f.minutes() + " min");
        return slot.id();
    }

    /** Withdraws one of this centre's slots that nobody has booked (a booked one stays: call casework). */
    @Transactional
    @PreAuthorize("hasRole('PARTNER')")
    public void withdrawSlot(long slotId) {
        Centre centre = access.myCentre();
        Slot slot = slots.findById(slotId).filter(s -> s.centreId() == centre.id())
                .orElseThrow(() -> new AccessDeniedException("Not this centre's slot"));
        if (slot.bookedRequestId() != null || slots.deleteIfFree(slotId) != 1) {
            throw new UserFacingException("outreach.error.slot.bookedCannotWithdraw");
        }
        audit.record("PARTNER_SLOT_WITHDRAWN", "partner_slot", Long.toString(slotId), centre.name());
    }

    /** "10:30", "1030", "10.30", "2:30pm", "2pm" → a time on the quarter hour; null when not a time. */
    static @Nullable LocalTime parseTime(@Nullable String typed) {
        String t = Answers.line(typed).toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace('.', ':');
        if (t.isEmpty() || t.length() > 8) {
            return null;
        }
        boolean pm = t.endsWith("pm");
        boolean am = t.endsWith("am");
        if (pm || am) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        } else if (t.matches("\\d{1,2}")) {
            t = t + ":00";
        }
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        try {
            String[] parts = t.split(":");
            int hour = Integer.parseInt(parts[0]);
            int minute = Integer.parseInt(parts[1]);
            if ((am || pm) && (hour < 1 || hour > 12)) {
                return null;
            }
            hour = pm && hour < 12 ? hour + 12 : am && hour == 12 ? 0 : hour;
            LocalTime time = LocalTime.of(hour, minute);
            return minute % 5 == 0 ? time : null;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
