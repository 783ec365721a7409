package org.childmaintenance.notification;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At start-up, seals any plain-text body an older version left in the outbox (once; then there are none). */
@Component
@Order(-10)
class LegacyBodies implements ApplicationRunner {
    private final OutboundMailRepository repository;
    private final SecretBox box;

    LegacyBodies(OutboundMailRepository repository, SecretBox box) {
        this.repository = repository;
        this.box = box;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (OutboundMail m : repository.findByBodyNotNullAndBodyNotLike("v1:%")) {
            m.sealLegacyBody(box.seal(m.sealedBody()));
        }
    }
}
