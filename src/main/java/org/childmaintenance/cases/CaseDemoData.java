package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
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
 * Demo cases (only with portal.demo-data=true, after the demo accounts): a decided, linked case
 * with a schedule between parent@example.com (receiving) and other.parent@example.com (paying),
 * and one application waiting for the caseworker to find the other parent.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class CaseDemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);
    private final IdentityService identity;
    private final CaseRepository cases;
    private final PartyRepository parties;
    private final ChildRepository children;
    private final DecisionMaker decisionMaker;
    private final TransactionTemplate tx;
    private final Clock clock;

    CaseDemoData(IdentityService identity, CaseRepository cases, PartyRepository parties, ChildRepository children,
                 DecisionMaker decisionMaker, TransactionTemplate tx, Clock clock) {
        this.identity = identity;
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.decisionMaker = decisionMaker;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long receiving = identity.findAccountId("parent@example.com").orElse(null);
        Long paying = identity.findAccountId("other.parent@example.com").orElse(null);
        if (receiving == null || paying == null || !parties.findByAccountId(receiving).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            LocalDate today = LocalDate.now(clock);
            Instant applied = today.minusDays(70).atStartOfDay(clock.getZone()).toInstant();
            MaintenanceCase c = cases.save(new MaintenanceCase("121000000001", receiving, ApplicantType.RECEIVING_PARENT,
                    "950000001", ServiceType.DIRECT_PAY, false, applied));
            Party rp = new Party(c.id(), PartyRole.RECEIVING, receiving, "Alex Morgan");
            rp.details(null, null, null, "parent@example.com");
            rp.address("12 Orchard Lane\nLeeds", "LS1 4AB");
            rp.bank("A MORGAN", "309634", "12345678");
            parties.save(rp);
            Party pp = new Party(c.id(), PartyRole.PAYING, paying, "Sam Taylor");
            pp.details(LocalDate.of(1988, 3, 14), "QQ123456C", "Northfield Foods Ltd", "other.parent@example.com");
            pp.address("4 Mill Street\nYork", "YO1 7HH");
            parties.save(pp);
            CaseChild jamie = children.save(new CaseChild(c.id(), 0, "Jamie Morgan", LocalDate.of(2016, 5, 12), null));
            CaseChild riley = children.save(new CaseChild(c.id(), 1, "Riley Morgan", LocalDate.of(2019, 9, 3), null));
            riley.nights(60);
            c.noticeGiven(today.minusDays(60), today.minusDays(59), today.minusDays(46));
            c.income(IncomeType.EMPLOYED, new BigDecimal("2500.00"), IncomeFrequency.MONTHLY, null, new BigDecimal("100.00"));
            c.otherChildren(0, 0);
            c.detailsGiven(applied.plusSeconds(86400L * 20), PaymentFrequency.MONTHLY);
            decisionMaker.decide(c, DecisionKind.INITIAL, c.initialEffectiveDate(), Texts.t(Language.ENGLISH, "decision.reason.initial"),
                    new DecisionMaker.Actor(null, "Demo data"), decisionMaker.calculate(DecisionMaker.Circumstances.of(c),
                            java.util.List.of(jamie, riley)), true);

            MaintenanceCase waiting = cases.save(new MaintenanceCase("121000000002", paying, ApplicantType.RECEIVING_PARENT,
                    "960000002", ServiceType.COLLECT_AND_PAY, false, today.minusDays(5).atStartOfDay(clock.getZone()).toInstant()));
            Party applicant = new Party(waiting.id(), PartyRole.RECEIVING, paying, "Sam Taylor");
            applicant.details(null, null, null, "other.parent@example.com");
            applicant.address("4 Mill Street\nYork", "YO1 7HH");
            applicant.bank("S TAYLOR", "400530", "87654321");
            parties.save(applicant);
            Party missing = new Party(waiting.id(), PartyRole.PAYING, null, "Chris Doe");
            missing.address("Last known: 9 Harbour Road\nHull", "HU1 2AA");
            parties.save(missing);
            children.save(new CaseChild(waiting.id(), 0, "Kai Taylor", LocalDate.of(2021, 1, 20), null));
        });
        log.info("Demo cases created: 121000000001 (decided), 121000000002 (finding the other parent)");
    }
}
