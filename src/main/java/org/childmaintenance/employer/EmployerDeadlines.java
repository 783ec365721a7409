package org.childmaintenance.employer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.OrganisationDirectory;
import org.childmaintenance.notices.DeadlineSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer's deadlines as reminders (LC-13.2): a month's deductions to pay over by the 19th of
 * the next month (to the organisation's administrators, who record remittances, from
 * {@value #REMITTANCE_REMINDER_DAYS} days before while the month is unpaid), and a leaver report due
 * 10 days after an employee the employer marked as left (to all its users, from
 * {@value #LEAVER_REMINDER_DAYS} days before while the report is not in).
 */
@Component
class EmployerDeadlines implements DeadlineSource {
    static final int REMITTANCE_REMINDER_DAYS = 5;
    static final int LEAVER_REMINDER_DAYS = 3;
    private final DeductionRepository deductions;
    private final OrderRepository orders;
    private final OrganisationDirectory organisations;

    EmployerDeadlines(DeductionRepository deductions, OrderRepository orders, OrganisationDirectory organisations) {
        this.deductions = deductions;
        this.orders = orders;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> remindersDue(LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        YearMonth month = YearMonth.from(today).minusMonths(1);
        LocalDate due = DeductionRules.remittanceDue(month);
        if (!today.isBefore(due.minusDays(REMITTANCE_REMINDER_DAYS)) && !today.isAfter(due)) {
            for (long org : deductions.organisationsNotPaidFor(month.toString())) {
                organisations.members(org).stream().filter(m -> m.role() == EmployerRole.ADMIN)
                        .forEach(m -> out.add(new Reminder("remittance-due:" + org + ":" + month, m.accountId(),
                                "notification.msg.remittanceDue", "employer/month?month=" + month)));
            }
        }
        for (DeductionOrder o : orders.markedLeft(EnumSet.of(OrderStatus.ACTIVE, OrderStatus.VARIED))) {
            LocalDate reportDue = DeductionRules.leaverReportDue(o.markedLeftOn());
            if (!today.isBefore(reportDue.minusDays(LEAVER_REMINDER_DAYS)) && !today.isAfter(reportDue)) {
                organisations.members(o.organisationId()).forEach(m -> out.add(new Reminder(
                        "leaver-report:" + o.id() + ":" + o.markedLeftOn(), m.accountId(),
                        "notification.msg.leaverReport", "employer/orders/" + o.id())));
            }
        }
        return out;
    }
}
