package org.childmaintenance.representation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.childmaintenance.cases.CaseMembership;
import org.childmaintenance.identity.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo representation (only with portal.demo-data=true, after the demo cases): Jordan Lee acts for
 * Alex Morgan on case 121000000001 with "see and report changes" until 31 March next year, and has
 * an invitation waiting from Sam Taylor for case 121000000002.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class RepresentationDemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(RepresentationDemoData.class);
    private final IdentityService identity;
    private final CaseMembership membership;
    private final RepresentationRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;

    RepresentationDemoData(IdentityService identity, CaseMembership membership, RepresentationRepository repository,
                           TransactionTemplate tx, Clock clock) {
        this.identity = identity;
        this.membership = membership;
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long rep = identity.findAccountId("representative@example.com").orElse(null);
        Long alex = identity.findAccountId("parent@example.com").orElse(null);
        Long sam = identity.findAccountId("other.parent@example.com").orElse(null);
        if (rep == null || alex == null || sam == null || repository.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            membership.casesOf(alex).stream().filter(c -> c.caseReference().equals("121000000001")).findFirst()
                    .ifPresent(c -> {
                        Representation r = new Representation(c.caseId(), c.caseReference(), alex, c.partyName(),
                                "Jordan Lee", "representative@example.com", RepresentationScope.REPORT,
                                LocalDate.of(today.getYear() + 1, 3, 31), RepresentationService.hash("demo-" + now),
                                now.minusSeconds(86400L * 10), now.minusSeconds(86400L * 10));
                        r.accept(rep, now.minusSeconds(86400L * 9));
                        r.confirm(now.minusSeconds(86400L * 9));
                        repository.save(r);
                    });
            membership.casesOf(sam).stream().filter(c -> c.caseReference().equals("121000000002")).findFirst()
                    .ifPresent(c -> repository.save(new Representation(c.caseId(), c.caseReference(), sam, c.partyName(),
                            "Jordan Lee", "representative@example.com", RepresentationScope.SEE, null,
                            RepresentationService.hash("demo-invite-" + now), now,
                            now.plus(RepresentationService.LINK_LIFETIME))));
        });
        log.info("Demo representation created: Jordan Lee acts for Alex Morgan; an invitation from Sam Taylor waits");
    }
}
