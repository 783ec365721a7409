package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CaseParticipation;
import org.childmaintenance.identity.CaseParticipationProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo only, until the cases feature provides the demo case: two ledger-only cases between the demo
 * parents (Sam Taylor pays, Alex Morgan receives), one on Collect and Pay, one on Direct Pay, and the
 * participation that lets them see those two cases. Switch off with
 * {@code portal.ledger.standalone-demo=false} once the cases feature seeds its demo case and calls
 * {@link LedgerDemoData#seedCase}.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = {"portal.demo-data", "portal.ledger.standalone-demo"}, havingValue = "true")
class LedgerStandaloneDemo implements ApplicationRunner {
    static final long COLLECT_CASE = 9_190_000_001L;
    static final long DIRECT_CASE = 9_190_000_002L;
    private final LedgerDemoData demo;
    private final JdbcTemplate jdbc;

    LedgerStandaloneDemo(LedgerDemoData demo, JdbcTemplate jdbc) {
        this.demo = demo;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Demo-only shortcut: the identity feature has no public look-up by e-mail address.
        List<Long> paying = jdbc.queryForList("SELECT id FROM account WHERE email = ?", Long.class, "other.parent@example.com");
        List<Long> receiving = jdbc.queryForList("SELECT id FROM account WHERE email = ?", Long.class, "parent@example.com");
        if (paying.isEmpty() || receiving.isEmpty()) {
            return;
        }
        demo.seedCase(COLLECT_CASE, "DEMO-CP-0001", ServiceType.COLLECT_AND_PAY, paying.getFirst(), receiving.getFirst(),
                new BigDecimal("185.00"));
        demo.seedCase(DIRECT_CASE, "DEMO-DP-0002", ServiceType.DIRECT_PAY, paying.getFirst(), receiving.getFirst(),
                new BigDecimal("60.00"));
    }

    /** Lets the demo parents see the two demo cases (a bean of its own: the access service depends on it). */
    @Component
    @ConditionalOnProperty(name = {"portal.demo-data", "portal.ledger.standalone-demo"}, havingValue = "true")
    static class Participation implements CaseParticipationProvider {
        private final LedgerStore store;

        Participation(LedgerStore store) {
            this.store = store;
        }

        @Override
        public Optional<CaseParticipation> participationOf(long accountId, long caseId) {
            if (caseId != COLLECT_CASE && caseId != DIRECT_CASE) {
                return Optional.empty();
            }
            return store.findCase(caseId).filter(c -> c.isParty(accountId))
                    .map(c -> CaseParticipation.party(EnumSet.allOf(CaseAction.class)));
        }
    }
}
