package org.childmaintenance.notification;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives every after-commit listener whose try failed another one: on a schedule (one node at a
 * time), the event publication registry's incomplete publications older than a minute are
 * resubmitted. Outstanding ones are also republished at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class EventRetries {
    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);
    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    EventRetries(IncompleteEventPublications incomplete, @Value("${portal.events.retry-after:PT1M}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${portal.events.retry-interval:PT1M}", initialDelayString = "${portal.events.retry-interval:PT1M}")
    @SchedulerLock(name = "event-retries", lockAtMostFor = "PT10M")
    void resubmitFailed() {
        resubmit(minAge);
    }

    /** Resubmits failed publications whose last try is at least {@code age} old. */
    void resubmit(Duration age) {
        Instant before = Instant.now().minus(age);
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withFilter(p -> p.getStatus() == EventPublication.Status.FAILED && lastTry(p).isBefore(before)));
        log.debug("Resubmitted failed event publications");
    }

    private static Instant lastTry(EventPublication p) {
        return p.getLastResubmissionDate() != null ? p.getLastResubmissionDate() : p.getPublicationDate();
    }
}
