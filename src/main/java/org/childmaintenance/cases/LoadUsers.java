package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts and decided cases for the load driver (BENCHMARKS.md "Load"), only when
 * {@code portal.load-users=N} is set (off by default, never in the tests): N cases, each with a receiving
 * parent {@code load.receiving.<i>@example.com} and a paying parent {@code load.paying.<i>@example.com}
 * (password {@code demo-password-2026}), made the way the demo case is made: accounts through
 * {@link IdentityService#provisionAccount}, the case decided by {@link DecisionMaker}, whose
 * {@code ScheduleChanged} gives the ledger its obligations. Safe to run again: existing ones are kept.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
@ConditionalOnExpression("${portal.load-users:0} > 0")
class LoadUsers implements ApplicationRunner {
    static final String PASSWORD = "demo-password-2026";
    private static final Logger log = LoggerFactory.getLogger(LoadUsers.class);
    private final IdentityService identity;
    private final CaseRepository cases;
    private final PartyRepository parties;
    private final ChildRepository children;
    private final DecisionMaker decisionMaker;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int count;

    LoadUsers(IdentityService identity, CaseRepository cases, PartyRepository parties, ChildRepository children,
              DecisionMaker decisionMaker, TransactionTemplate tx, Clock clock, @Value("${portal.load-users}") int count) {
        this.identity = identity;
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.decisionMaker = decisionMaker;
        this.tx = tx;
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        int made = 0;
        for (int i = 1; i <= count; i++) {
            String receivingEmail = "load.receiving." + i + "@example.com";
            int n = i;
            long receiving = identity.findAccountId(receivingEmail).orElseGet(() ->
                    identity.provisionAccount(AccountKind.PARENT, receivingEmail, "Load Receiving " + n, PASSWORD, null, null));
            if (!parties.findByAccountId(receiving).isEmpty()) {
                continue; // made by an earlier start
            }
            String payingEmail = "load.paying." + i + "@example.com";
            long paying = identity.findAccountId(payingEmail).orElseGet(() ->
                    identity.provisionAccount(AccountKind.PARENT, payingEmail, "Load Paying " + n, PASSWORD, null, null));
            tx.executeWithoutResult(s -> decidedCase(n, receiving, paying, receivingEmail, payingEmail));
            made++;
            if (made % 100 == 0) {
                log.info("Load users: {} cases made", made);
            }
        }
        log.info("Load users ready: {} cases ({} made now) in {} s", count, made, (System.nanoTime() - start) / 1_000_000_000L);
    }

    private void decidedCase(int i, long receiving, long paying, String receivingEmail, String payingEmail) {
        LocalDate today = LocalDate.now(clock);
        Instant applied = today.minusDays(70).atStartOfDay(clock.getZone()).toInstant();
        MaintenanceCase c = cases.save(new MaintenanceCase(String.format("1290%08d", i), receiving,
                ApplicantType.RECEIVING_PARENT, String.format("97%07d", i), i % 2 == 0 ? ServiceType.DIRECT_PAY
                : ServiceType.COLLECT_AND_PAY, false, applied));
        Party rp = new Party(c.id(), PartyRole.RECEIVING, receiving, "Load Receiving " + i);
        rp.details(null, null, null, receivingEmail);
        rp.address(i + " Load Street\nLeeds", "LS1 4AB");
        rp.bank("L RECEIVING", "309634", String.format("%08d", i));
        parties.save(rp);
        Party pp = new Party(c.id(), PartyRole.PAYING, paying, "Load Paying " + i);
        pp.details(LocalDate.of(1985, 1, 1).plusDays(i % 3000), null, "Northfield Foods Ltd", payingEmail);
        pp.address(i + " Mill Street\nYork", "YO1 7HH");
        parties.save(pp);
        CaseChild first = children.save(new CaseChild(c.id(), 0, "Child " + i + " A", LocalDate.of(2016, 5, 12), null));
        CaseChild second = children.save(new CaseChild(c.id(), 1, "Child " + i + " B", LocalDate.of(2019, 9, 3), null));
        second.nights(60);
        c.noticeGiven(today.minusDays(60), today.minusDays(59), today.minusDays(46));
        c.income(IncomeType.EMPLOYED, new BigDecimal(1500 + (i % 40) * 50).setScale(2), IncomeFrequency.MONTHLY, null,
                new BigDecimal("100.00"));
        c.otherChildren(0, 0);
        c.detailsGiven(applied.plusSeconds(86400L * 20), PaymentFrequency.MONTHLY);
        decisionMaker.decide(c, DecisionKind.INITIAL, c.initialEffectiveDate(), Texts.t(Language.ENGLISH, "decision.reason.initial"),
                new DecisionMaker.Actor(null, "Load users"), decisionMaker.calculate(DecisionMaker.Circumstances.of(c),
                        List.of(first, second)), true);
    }
}
