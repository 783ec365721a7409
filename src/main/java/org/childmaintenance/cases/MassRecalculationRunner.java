package org.childmaintenance.cases;

import java.time.Clock;
import java.time.LocalDate;
import org.childmaintenance.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Starts a mass recalculation when the portal starts with {@code portal.cases.recalculate-all=<run name>}
 * (README "Mass recalculation"; off by default): every active case gets a decision from
 * {@code portal.cases.recalculate-from} (default: the first day of next month). Start it on any number of
 * nodes, or again after a stop: the run resumes and no case is done twice ({@link MassRecalculation}).
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "portal.cases.recalculate-all")
class MassRecalculationRunner implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(MassRecalculationRunner.class);
    private final MassRecalculation recalculation;
    private final Clock clock;
    private final String run;
    private final String from;
    private final int chunk;
    private final int workers;

    MassRecalculationRunner(MassRecalculation recalculation, Clock clock, @Value("${portal.cases.recalculate-all}") String run,
                            @Value("${portal.cases.recalculate-from:}") String from,
                            @Value("${portal.cases.recalculate-chunk:2500}") int chunk,
                            @Value("${portal.cases.recalculate-workers:2}") int workers) {
        this.recalculation = recalculation;
        this.clock = clock;
        this.run = run;
        this.from = from;
        this.chunk = chunk;
        this.workers = workers;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate effective = from.isBlank() ? LocalDate.now(clock).withDayOfMonth(1).plusMonths(1) : LocalDate.parse(from);
        log.info("Recalculation {} starting: cases decided again from {}, {} a transaction, {} worker(s)", run, effective,
                chunk, workers);
        MassRecalculation.Result r = recalculation.run(run, effective, Texts.t("decision.reason.recalculation"), chunk,
                workers);
        log.info("Recalculation {} done here: {} cases, {} cases/s", run, r.cases(), Math.round(r.perSecond()));
    }
}
