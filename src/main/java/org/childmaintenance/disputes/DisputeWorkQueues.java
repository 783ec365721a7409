package org.childmaintenance.disputes;

import org.childmaintenance.base.WorkQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Disputes' queues on the casework desk: reconsiderations waiting for an outcome and complaints waiting
 * for an answer or a review, each also as "assigned to me" (items are taken with "Assign to me" on the
 * queue's page).
 */
@Configuration
class DisputeWorkQueues {
    static final String RECONSIDERATIONS = "casework/reconsiderations";
    static final String COMPLAINTS = "casework/complaints";

    @Bean
    WorkQueue reconsiderationsQueue(ReconsiderationCasework casework) {
        return WorkQueue.of("disputes.reconsiderations", "desk.queue.reconsiderations", RECONSIDERATIONS, true,
                () -> WorkQueue.snapshotOf(casework.queue().stream().map(ReconsiderationCasework.QueueItem::requestedAt)
                        .toList()));
    }

    @Bean
    WorkQueue myReconsiderationsQueue(ReconsiderationCasework casework) {
        return WorkQueue.of("disputes.reconsiderations.mine", "desk.queue.myReconsiderations", RECONSIDERATIONS, true,
                () -> WorkQueue.snapshotOf(casework.queue().stream().filter(ReconsiderationCasework.QueueItem::assignedToMe)
                        .map(ReconsiderationCasework.QueueItem::requestedAt).toList()));
    }

    @Bean
    WorkQueue complaintsQueue(ComplaintService complaints) {
        return WorkQueue.of("disputes.complaints", "desk.queue.complaints", COMPLAINTS, true,
                () -> WorkQueue.snapshotOf(complaints.queue().stream().map(ComplaintService.QueueItem::waitingSince)
                        .toList()));
    }

    @Bean
    WorkQueue myComplaintsQueue(ComplaintService complaints) {
        return WorkQueue.of("disputes.complaints.mine", "desk.queue.myComplaints", COMPLAINTS, true,
                () -> WorkQueue.snapshotOf(complaints.queue().stream().filter(ComplaintService.QueueItem::assignedToMe)
                        .map(ComplaintService.QueueItem::waitingSince).toList()));
    }
}
