package org.childmaintenance.cases;

import java.time.Clock;
import java.time.LocalDate;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Texts;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.childmaintenance.base.DisplayFormats;

/**
 * Closing a case (LC-10.6, LC-11.2): the schedule ends, both parties are told and
 * {@link CaseClosed} is published; a caseworker closes a case someone asked to close.
 */
@Service
public class CaseClosure {
    private final CaseRepository cases;
    private final ChangeRepository changes;
    private final DecisionMaker decisionMaker;
    private final CaseSupport support;
    private final AccessService access;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseClosure(CaseRepository cases, ChangeRepository changes, DecisionMaker decisionMaker, CaseSupport support,
                AccessService access, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.changes = changes;
        this.decisionMaker = decisionMaker;
        this.support = support;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A caseworker closes a case someone asked to close (LC-10.6, LC-11.2). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void closeOnRequest(long caseId, long taskId) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        ChangeRecord task = changes.findById(taskId).filter(t -> t.caseId() == caseId)
                .orElseThrow(() -> new AccessDeniedException("No such task on this case"));
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        task.resolve(clock.instant());
        if (c.status() != CaseStatus.CLOSED) {
            close(c, support.today(), Texts.t("close.reason.request"));
        }
        audit.record("CASE_CLOSED_ON_REQUEST", "case", c.id().toString(), null);
    }

    /** Closes the case from {@code on}; callers have checked who is asking. */
    void close(MaintenanceCase c, LocalDate on, String reason) {
        c.close(on, reason);
        decisionMaker.endSchedule(c, on);
        decisionMaker.tellBoth(c, () -> Texts.t("timeline.closed", DisplayFormats.date(on), reason));
        events.publishEvent(new CaseClosed(c.id(), on, reason));
        audit.record("CASE_CLOSED", "case", c.id().toString(), reason);
    }
}
