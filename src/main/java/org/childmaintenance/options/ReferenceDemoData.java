package org.childmaintenance.options;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: the reference numbers the demo applications quote, recorded as issued (before the
 * demo cases are made). Also usable in tests: {@link #DEMO_REFERENCES}.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class ReferenceDemoData implements ApplicationRunner {
    static final List<String> DEMO_REFERENCES = List.of("950000001", "960000002", "850000001", "960000001", "950123456");
    private final PreApplicationReferenceRepository references;
    private final Clock clock;

    ReferenceDemoData(PreApplicationReferenceRepository references, Clock clock) {
        this.references = references;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String reference : DEMO_REFERENCES) {
            if (!references.existsByReference(reference)) {
                references.save(new PreApplicationReference(reference, WhereYouLive.GREAT_BRITAIN, Answer.YES,
                        ParentRole.RECEIVING, clock.instant()));
            }
        }
    }
}
