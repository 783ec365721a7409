package org.childmaintenance.employer;

import org.childmaintenance.base.WorkQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The employer feature's queue on the casework desk: employer tasks (leavers, "not our employee", late remittances). */
@Configuration
class EmployerWorkQueues {
    @Bean
    WorkQueue employerTasksQueue(DeductionOrderService orders) {
        return WorkQueue.of("employer.tasks", "desk.queue.employerTasks", "casework/deductions", false,
                () -> WorkQueue.snapshotOf(orders.tasks().stream().map(EmployerViews.TaskView::createdAt).toList()));
    }
}
