package org.childmaintenance.audit;

import java.time.Clock;
import java.util.List;
import org.childmaintenance.base.PortalPrincipal;
import org.childmaintenance.base.RequestInfo;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. Every feature records its changes here; the actor and client
 * address are taken from the current request, so callers only say what happened.
 */
@Service
public class AuditService {
    private static final int MAX_DETAIL = 1000;
    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action by the signed-in person (or "anonymous"). Joins the caller's transaction. */
    @Transactional
    public void record(String action, String subjectType, String subjectId, String detail) {
        recordOnBehalf(action, null, subjectType, subjectId, detail);
    }

    /** Records an action taken for someone else (a representative for a parent, a caseworker for a party). */
    @Transactional
    public void recordOnBehalf(String action, Long onBehalfOfId, String subjectType, String subjectId, String detail) {
        PortalPrincipal principal = currentPrincipal();
        Long actorId = principal == null ? null : principal.accountId();
        String label = principal == null ? "anonymous"
                : onBehalfOfId == null ? principal.email() : principal.fullName() + " (" + principal.email() + ")";
        save(actorId, label, onBehalfOfId, action, subjectType, subjectId, detail);
    }

    /**
     * Records an event about an account before anyone is signed in (sign-in, failed sign-in, lockout).
     * Runs in its own transaction so that it is kept even when the caller's work rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurityEvent(String action, Long accountId, String label, String detail) {
        save(accountId, label, null, action, "account", accountId == null ? null : accountId.toString(), detail);
    }

    /** The person's own recent activity: what they did and what was done for them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditRecord> myRecentActivity(int limit) {
        PortalPrincipal principal = currentPrincipal();
        if (principal == null) {
            return List.of();
        }
        return repository.findActivityOf(principal.accountId(), PageRequest.of(0, limit)).stream()
                .map(AuditEntry::toRecord).toList();
    }

    /** The trail of one subject (a case, an order), for the back office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<AuditRecord> trailOf(String subjectType, String subjectId, int limit) {
        return repository.findBySubject(subjectType, subjectId, PageRequest.of(0, limit)).stream()
                .map(AuditEntry::toRecord).toList();
    }

    private void save(Long actorId, String label, Long onBehalfOfId, String action, String subjectType,
                      String subjectId, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        repository.save(new AuditEntry(clock.instant(), actorId, label, onBehalfOfId, action, subjectType,
                subjectId, trimmed, RequestInfo.clientAddress()));
    }

    private static PortalPrincipal currentPrincipal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalPrincipal p) {
            return p;
        }
        return null;
    }
}
