package org.childmaintenance.cases;

import java.time.Clock;
import java.time.LocalDate;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework moves a case from Direct Pay to Collect and Pay (LC-7.2: missed or late Direct Pay
 * payments). The case owns its service type: it changes here, both parents are told, and the
 * schedule is published again ({@link ScheduleChanged}) so the ledger follows.
 */
@Service
public class ServiceTypeChange {
    private final CaseRepository cases;
    private final DecisionMaker decisionMaker;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;

    ServiceTypeChange(CaseRepository cases, DecisionMaker decisionMaker, AccessService access, AuditService audit,
                      Clock clock) {
        this.cases = cases;
        this.decisionMaker = decisionMaker;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Moves an open Direct Pay case to Collect and Pay; {@code reason} goes in the audit trail. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void moveToCollectAndPay(long caseId, String reason) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() == CaseStatus.CLOSED) {
            throw new UserFacingException("error.change.notNow");
        }
        if (c.serviceType() == ServiceType.COLLECT_AND_PAY) {
            throw new UserFacingException("serviceTypeChange.error.alreadyCollectAndPay");
        }
        c.serviceType(ServiceType.COLLECT_AND_PAY);
        audit.record("CASE_SERVICE_TYPE_CHANGED", "case", c.id().toString(), "COLLECT_AND_PAY by casework: " + reason);
        decisionMaker.tellBothWithSchedule(c, () -> Texts.t("timeline.serviceType",
                Texts.t("serviceType." + ServiceType.COLLECT_AND_PAY.name())), LocalDate.now(clock));
    }
}
