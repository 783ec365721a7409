package org.childmaintenance.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.TimeConfig;
import org.childmaintenance.employer.OrderRecords.EmployerTask;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily job (LC-13.2): a month of deductions that no remittance has paid over by the 19th of the
 * following month gives casework a task on the desk, once per organisation and month (checked, and
 * kept by a unique index, whichever node runs it; one node at a time: ShedLock). Looks back a few
 * months, so a day the job did not run is caught up.
 */
@Component
class UnpaidMonths {
    static final String KIND = "REMITTANCE_NOT_PAID";
    static final int MONTHS_BACK = 3;
    private final DeductionRepository deductions;
    private final TaskRepository tasks;
    private final AuditService audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    UnpaidMonths(DeductionRepository deductions, TaskRepository tasks, AuditService audit,
                 PlatformTransactionManager transactions, Clock clock) {
        this.deductions = deductions;
        this.tasks = tasks;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.employer.unpaid-cron:0 45 6 * * *}", zone = TimeConfig.ZONE_NAME)
    @SchedulerLock(name = "employerUnpaidMonths", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        raiseTasks();
    }

    /** @return how many tasks were raised now */
    int raiseTasks() {
        LocalDate today = LocalDate.now(clock);
        int raised = 0;
        for (int back = 1; back <= MONTHS_BACK; back++) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            LocalDate due = DeductionRules.remittanceDue(month);
            if (!today.isAfter(due)) {
                continue;
            }
            for (long org : deductions.organisationsNotPaidFor(month.toString())) {
                try {
                    if (Boolean.TRUE.equals(tx.execute(s -> raise(org, month, due)))) {
                        raised++;
                    }
                } catch (DataIntegrityViolationException | UnexpectedRollbackException e) {
                    // another node raised it a moment ago: the unique index kept it to one
                }
            }
        }
        return raised;
    }

    private boolean raise(long org, YearMonth month, LocalDate due) {
        if (tasks.existsByOrganisationIdAndKindAndDeductionMonth(org, KIND, month.toString())) {
            return false;
        }
        tasks.saveAndFlush(EmployerTask.forMonth(KIND, org, month.toString(),
                month + " not paid over, due " + due, clock.instant()));
        audit.record("DEO_REMITTANCE_NOT_PAID", "organisation", Long.toString(org), month + " due " + due);
        return true;
    }
}
