package org.childmaintenance.outreach;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.identity.OrganisationDirectory;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.outreach.OutreachViews.QueueCounts;
import org.childmaintenance.outreach.OutreachViews.QueueItem;
import org.childmaintenance.outreach.OutreachViews.RequestDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's Options queue: every open call-back, appointment and referral, oldest first, with the safety
 * answers shown first of all; take one ("assign to me") and record what happened — a call-back made or a
 * referral contacted, an appointment attended or missed. Caseworkers only.
 */
@Service
public class OptionsQueue {
    private static final List<RequestStatus> OPEN = List.of(RequestStatus.WAITING, RequestStatus.BOOKED);
    private final HelpRequestRepository requests;
    private final CentreRepository centres;
    private final OrganisationDirectory organisations;
    private final OutreachAccess access;
    private final AuditService audit;
    private final Clock clock;

    OptionsQueue(HelpRequestRepository requests, CentreRepository centres, OrganisationDirectory organisations,
                 OutreachAccess access, AuditService audit, Clock clock) {
        this.requests = requests;
        this.centres = centres;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open requests, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<QueueItem> open() {
        long me = access.me().accountId();
        List<HelpRequest> open = requests.findByStatusInOrderByCreatedAtAscIdAsc(OPEN);
        Map<Long, Centre> byId = centres.findAllById(open.stream().map(HelpRequest::centreId).filter(Objects::nonNull)
                .distinct().toList()).stream().collect(Collectors.toMap(Centre::id, Function.identity()));
        return open.stream().map(r -> {
            Centre c = r.centreId() == null ? null : byId.get(r.centreId());
            return new QueueItem(r.id(), r.reference(), r.kind(), r.status(), r.fullName(), r.createdAt(),
                    r.safetyConcern(), Boolean.FALSE.equals(r.messageOk()), Objects.equals(r.assignedTo(), me),
                    r.assignedName(), r.appointmentDate(), c == null ? null : c.name());
        }).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public QueueCounts counts() {
        List<QueueItem> open = open();
        return new QueueCounts(open.size(), open.stream().filter(i -> i.assignedName() == null).count(),
                open.stream().filter(QueueItem::assignedToMe).count(),
                open.stream().filter(i -> i.safetyConcern() || i.noMessages()).count());
    }

    /** One request with everything casework needs to act on it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public RequestDetails request(long helpRequestId) {
        HelpRequest r = find(helpRequestId);
        Centre c = r.centreId() == null ? null : centres.findById(r.centreId()).orElse(null);
        String referredBy = r.referredByOrg() == null ? null
                : organisations.find(r.referredByOrg()).map(OrganisationDirectory.OrganisationInfo::name).orElse(null);
        return new RequestDetails(r.id(), r.reference(), r.kind(), r.status(), r.fullName(), r.email(), r.phone(),
                r.callTimes(), r.topic(), r.details(), r.messageOk(), r.safetyConcern(), r.safetyDetails(),
                r.accountId() != null, c == null ? null : c.name(), r.appointmentDate(), r.appointmentTime(),
                r.appointmentMinutes(), referredBy, r.cameFrom(), r.assignedName(),
                Objects.equals(r.assignedTo(), access.me().accountId()), r.outcomeNote(), r.createdAt(), r.updatedAt());
    }

    /** Takes an open request: it is then shown as mine, and others see who has it. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void assignToMe(long helpRequestId) {
        HelpRequest r = find(helpRequestId);
        requireOpen(r);
        PortalUser me = access.me();
        r.assignTo(me.accountId(), me.fullName(), clock.instant());
        audit.record("HELP_REQUEST_ASSIGNED", "help_request", r.id().toString(), r.reference());
    }

    /**
     * Records what happened: DONE for a call-back made or a referral contacted; ATTENDED or MISSED for an
     * appointment, from its start time on (nobody can have missed an appointment still to come).
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void recordOutcome(long helpRequestId, RequestStatus outcome, @Nullable String note) {
        HelpRequest r = find(helpRequestId);
        requireOpen(r);
        boolean appointment = r.kind() == RequestKind.APPOINTMENT;
        boolean fits = appointment ? outcome == RequestStatus.ATTENDED || outcome == RequestStatus.MISSED
                : outcome == RequestStatus.DONE;
        if (!fits) {
            throw UserFacingException.onField("outcome", "outreach.error.outcome.wrong");
        }
        if (appointment && r.appointmentDate() != null && r.appointmentTime() != null
                && LocalDateTime.now(clock).isBefore(r.appointmentDate().atTime(r.appointmentTime()))) {
            throw UserFacingException.onField("outcome", "outreach.error.outcome.tooEarly");
        }
        Answers.textProblem(note, null).ifPresent(k -> {
            throw new UserFacingException("error.form", List.of(new FieldError("note", k)));
        });
        if (r.assignedTo() == null) {
            PortalUser me = access.me();
            r.assignTo(me.accountId(), me.fullName(), clock.instant());
        }
        r.close(outcome, HelpRequests.details(note), clock.instant());
        audit.record("HELP_REQUEST_" + outcome.name(), "help_request", r.id().toString(), r.reference());
    }

    private HelpRequest find(long helpRequestId) {
        return requests.findById(helpRequestId)
                .orElseThrow(() -> new UserFacingException("outreach.error.noSuchRequest"));
    }

    private static void requireOpen(HelpRequest r) {
        if (!r.status().open()) {
            throw new UserFacingException("outreach.error.notOpen");
        }
    }
}
