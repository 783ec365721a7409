package org.childmaintenance.options;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, adds any signposting topic from the data files that the database does not have yet. */
@Component
@Order(5)
class SignpostingSeeder implements ApplicationRunner {
    private final SignpostingService signposting;

    SignpostingSeeder(SignpostingService signposting) {
        this.signposting = signposting;
    }

    @Override
    public void run(ApplicationArguments args) {
        signposting.seedMissing();
    }
}
