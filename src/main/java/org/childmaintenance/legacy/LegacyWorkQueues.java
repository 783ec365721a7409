package org.childmaintenance.legacy;

import java.time.Clock;
import org.childmaintenance.base.WorkQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The closure programme's queues on the casework desk: letters to print and post (parents with no
 * account and no e-mail address) and ended cases whose arrears wait for a new-scheme case.
 */
@Configuration
class LegacyWorkQueues {
    static final String PAGE = "casework/old-scheme";

    @Bean
    WorkQueue legacyLettersToPostQueue(ClosureProgramme programme, Clock clock) {
        return WorkQueue.of("legacy.post", "desk.queue.legacyLetters", PAGE, false,
                () -> WorkQueue.snapshotOf(programme.lettersToPost().stream()
                        .map(l -> l.letterDate().atStartOfDay(clock.getZone()).toInstant()).toList()));
    }

    @Bean
    WorkQueue legacyArrearsWaitingQueue(ClosureProgramme programme, Clock clock) {
        return WorkQueue.of("legacy.arrears", "desk.queue.legacyArrears", PAGE, false,
                () -> WorkQueue.snapshotOf(programme.arrearsWaiting().stream()
                        .map(c -> c.liabilityEndDate().plusDays(1).atStartOfDay(clock.getZone()).toInstant()).toList()));
    }
}
