package org.childmaintenance.cases;

import java.util.List;
import java.util.function.Function;
import org.childmaintenance.base.WorkQueue;
import org.childmaintenance.cases.CaseService.CaseworkItem;
import org.childmaintenance.cases.CaseService.CaseworkQueues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cases feature's queues on the casework desk: finding the other parent, parentage, overdue details, closures, possible duplicate applications. */
@Configuration
class CaseWorkQueues {
    private static final String LINK = "casework/cases";

    @Bean
    WorkQueue casesFindingQueue(CaseworkActions casework) {
        return queue(casework, "cases.finding", "casework.finding", CaseworkQueues::findingOtherParent);
    }

    @Bean
    WorkQueue casesParentageQueue(CaseworkActions casework) {
        return queue(casework, "cases.parentage", "casework.parentage", CaseworkQueues::parentage);
    }

    @Bean
    WorkQueue casesAwaitingQueue(CaseworkActions casework) {
        return queue(casework, "cases.awaiting", "casework.awaiting", CaseworkQueues::awaitingDetails);
    }

    @Bean
    WorkQueue casesClosuresQueue(CaseworkActions casework) {
        return queue(casework, "cases.closures", "casework.closures", CaseworkQueues::closureRequests);
    }

    /** New applications that may repeat an open case (LC-2.2): a person checks them before they go on. */
    @Bean
    WorkQueue casesDuplicatesQueue(CaseworkActions casework) {
        return queue(casework, "cases.duplicates", "casework.duplicates", CaseworkQueues::possibleDuplicates);
    }

    private static WorkQueue queue(CaseworkActions casework, String key, String title,
                                   Function<CaseworkQueues, List<CaseworkItem>> which) {
        return WorkQueue.of(key, title, LINK, false, () -> WorkQueue.snapshotOf(
                which.apply(casework.caseworkQueues()).stream().map(CaseworkItem::createdAt).toList()));
    }
}
