package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.TestAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Makes parents and cases with schedules for ledger tests; every case gets a fresh id and reference. */
@Component
public class LedgerFixture {
    static final long FIRST_TEST_CASE_ID = 9_000_000_000L;
    static final long LAST_TEST_CASE_ID = 9_100_000_000L;
    private final IdentityService identity;
    private final LedgerService ledger;
    private final NightlyRun nightly;
    private final TestAccounts accounts;
    private final MutableClock clock;

    LedgerFixture(IdentityService identity, LedgerService ledger, NightlyRun nightly, TestAccounts accounts,
                  MutableClock clock) {
        this.identity = identity;
        this.ledger = ledger;
        this.nightly = nightly;
        this.accounts = accounts;
        this.clock = clock;
    }

    public record TestCase(long caseId, String reference, PortalUser paying, PortalUser receiving,
                           List<LocalDate> dueDates) {
    }

    public PortalUser newParent(String name) {
        String email = TestAccounts.uniqueEmail(name.toLowerCase().replace(' ', '.'));
        long id = identity.provisionAccount(AccountKind.PARENT, email, name, "a-long-test-password-2026", null, null);
        return identity.reload(id);
    }

    public PortalUser caseworker() {
        return identity.reload(accounts.idOf("caseworker@example.com"));
    }

    /** A case whose schedule has {@code months} monthly lines of {@code amount} from {@code first}. */
    public TestCase newCase(ServiceType type, LocalDate first, int months, String amount) {
        return newCase(type, first, months, amount, newParent("Pat Payer"), newParent("Rae Receiver"));
    }

    public TestCase newCase(ServiceType type, LocalDate first, int months, String amount, PortalUser paying,
                            PortalUser receiving) {
        long caseId = ThreadLocalRandom.current().nextLong(FIRST_TEST_CASE_ID, LAST_TEST_CASE_ID);
        String reference = "T" + Long.toString(caseId, 36).toUpperCase();
        List<ScheduleSnapshot.ScheduleLine> lines = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            lines.add(new ScheduleSnapshot.ScheduleLine(first.plusMonths(i), new BigDecimal(amount)));
            dates.add(first.plusMonths(i));
        }
        asSystem(() -> ledger.applySchedule(new ScheduleSnapshot(caseId, reference, type, paying.accountId(),
                receiving.accountId(), lines)));
        return new TestCase(caseId, reference, paying, receiving, dates);
    }

    /** The case's schedule comes again from the case with another service type (the case owns it): the ledger follows. */
    public void caseNowPaidBy(TestCase c, ServiceType type, String amount) {
        List<ScheduleSnapshot.ScheduleLine> lines = c.dueDates().stream()
                .map(d -> new ScheduleSnapshot.ScheduleLine(d, new BigDecimal(amount))).toList();
        asSystem(() -> ledger.applySchedule(new ScheduleSnapshot(c.caseId(), c.reference(), type, c.paying().accountId(),
                c.receiving().accountId(), lines)));
    }

    /** Runs the nightly job for {@code day} with the clock set to 01:30 that day. */
    public NightlyRun.Result nightOf(LocalDate day) {
        clock.set(day.atTime(1, 30).toInstant(ZoneOffset.UTC));
        return asSystem(() -> nightly.run(day));
    }

    public void setToday(LocalDate day) {
        clock.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    public static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            if (saved != null) {
                SecurityContextHolder.getContext().setAuthentication(saved);
            }
        }
    }
}
