package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.CaseStatus;
import org.childmaintenance.cases.PartyRole;
import org.childmaintenance.cases.ServiceTypeChange;
import org.childmaintenance.identity.ActAs;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.ledger.LedgerStore.Obligation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo payments (only with {@code portal.demo-data=true}, after the cases feature's demo cases): the
 * money side of the demo case between Alex Morgan (receives) and Sam Taylor (pays), told through the
 * public services as the people would, so My case, Payments and the statements agree. The case started
 * on Direct Pay: Alex confirms the first payment arrived and reports the latest as missed; casework moves
 * the case to Collect and Pay (on the case, the ledger follows); Sam then pays part of what was missed,
 * so part of it is still in arrears. Told once: nothing happens if the case already has payments.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class LedgerDemoData implements ApplicationRunner {
    static final String RECEIVING = "parent@example.com";
    static final String PAYING = "other.parent@example.com";
    static final String CASEWORKER = "caseworker@example.com";
    private static final Logger log = LoggerFactory.getLogger(LedgerDemoData.class);
    private final IdentityService identity;
    private final CaseService cases;
    private final ServiceTypeChange serviceTypes;
    private final LedgerService ledger;
    private final LedgerStore store;
    private final NightlyRun nightly;

    private final ActAs actAs;

    LedgerDemoData(IdentityService identity, CaseService cases, ServiceTypeChange serviceTypes, LedgerService ledger,
                   LedgerStore store, NightlyRun nightly, ActAs actAs) {
        this.actAs = actAs;
        this.identity = identity;
        this.cases = cases;
        this.serviceTypes = serviceTypes;
        this.ledger = ledger;
        this.store = store;
        this.nightly = nightly;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> alex = identity.findAccountId(RECEIVING);
        Optional<Long> sam = identity.findAccountId(PAYING);
        Optional<Long> chris = identity.findAccountId(CASEWORKER);
        if (alex.isEmpty() || sam.isEmpty() || chris.isEmpty()) {
            return;
        }
        try {
            Optional<Long> caseId = actAs.call(alex.get(), () -> cases.myCases().stream()
                    .filter(c -> c.myRole() == PartyRole.RECEIVING && c.status() == CaseStatus.ACTIVE)
                    .map(CaseService.CaseSummary::id)
                    .filter(id -> store.findCase(id).filter(c -> c.payingAccountId() == sam.get()).isPresent())
                    .findFirst());
            if (caseId.isEmpty()) {
                log.info("Demo payments: no decided demo case between {} and {} in the ledger", RECEIVING, PAYING);
                return;
            }
            if (alreadyTold(caseId.get())) {
                return;
            }
            tell(caseId.get(), alex.get(), chris.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean alreadyTold(long caseId) {
        return !store.missedReports(caseId, 1).isEmpty() || store.transactions(caseId).stream()
                .anyMatch(t -> t.type() == TxType.PAYMENT_RECEIVED || t.type() == TxType.DIRECT_PAYMENT_CONFIRMED);
    }

    private void tell(long caseId, long alex, long chris) {
        LocalDate today = ledger.today();
        List<LocalDate> dueDates = store.obligations(caseId).stream()
                .filter(o -> o.kind().equals(LedgerService.MAINTENANCE) && !o.dueDate().isAfter(today))
                .map(Obligation::dueDate).toList();
        for (LocalDate due : dueDates) {
            nightly.run(due); // as the nightly run did on each due date
        }
        List<Obligation> posted = store.obligations(caseId).stream()
                .filter(o -> o.kind().equals(LedgerService.MAINTENANCE) && o.status().equals("POSTED")).toList();
        if (posted.isEmpty()) {
            log.info("Demo payments: nothing due yet on case {}", caseId);
            return;
        }
        Obligation missed = posted.getLast();
        actAs.call(alex, () -> {
            posted.subList(0, posted.size() - 1).forEach(o -> ledger.confirmDirectPayment(caseId, o.id()));
            ledger.reportMissedPayment(caseId, missed.id(), "Nothing arrived this month.");
            return null;
        });
        String reference = store.findCase(caseId).orElseThrow().reference();
        BigDecimal part = missed.amount().multiply(new BigDecimal("0.6")).setScale(0, RoundingMode.DOWN).setScale(2);
        actAs.call(chris, () -> {
            serviceTypes.moveToCollectAndPay(caseId, "Missed Direct Pay payment (demo)");
            ledger.postPayment(reference, today, part, "DEMO-" + reference + "-1");
            return null;
        });
        log.info("Demo payments told for case {}: {} confirmed, {} missed, {} of it paid through Collect and Pay",
                reference, posted.size() - 1, missed.dueDate(), part);
    }

}
