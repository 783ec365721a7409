package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only (portal.demo-data=true): decided, linked cases for the employer demo's extra
 * employees, built the way {@link CaseDemoData} builds its case (a decision makes the schedule,
 * which reaches the ledger). Run as the system, after the demo accounts exist.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
public class EmployerDemoCases {
    private final CaseRepository cases;
    private final PartyRepository parties;
    private final ChildRepository children;
    private final DecisionMaker decisionMaker;
    private final TransactionTemplate tx;
    private final Clock clock;

    EmployerDemoCases(CaseRepository cases, PartyRepository parties, ChildRepository children,
                      DecisionMaker decisionMaker, TransactionTemplate tx, Clock clock) {
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.decisionMaker = decisionMaker;
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates the case once (nothing if the reference exists); the paying parent earns {@code monthlyIncome}. */
    public void createDecidedCase(String reference, long receivingAccountId, String receivingName, long payingAccountId,
                                  String payingName, String childName, LocalDate childBorn, BigDecimal monthlyIncome) {
        createDecidedCase(reference, receivingAccountId, receivingName, payingAccountId, payingName, childName, childBorn,
                monthlyIncome, IncomeType.EMPLOYED, "Northfield Foods Ltd");
    }

    /** As above, for a paying parent with this kind of income and employer (null when none, e.g. self-employed). */
    public void createDecidedCase(String reference, long receivingAccountId, String receivingName, long payingAccountId,
                                  String payingName, String childName, LocalDate childBorn, BigDecimal monthlyIncome,
                                  IncomeType incomeType, @Nullable String employer) {
        if (cases.existsByReference(reference)) {
            return;
        }
        tx.executeWithoutResult(s -> {
            LocalDate today = LocalDate.now(clock);
            Instant applied = today.minusDays(120).atStartOfDay(clock.getZone()).toInstant();
            MaintenanceCase c = cases.save(new MaintenanceCase(reference, receivingAccountId, ApplicantType.RECEIVING_PARENT,
                    reference.substring(reference.length() - 9), ServiceType.COLLECT_AND_PAY, false, applied));
            Party rp = new Party(c.id(), PartyRole.RECEIVING, receivingAccountId, receivingName);
            rp.details(null, null, null, null);
            parties.save(rp);
            Party pp = new Party(c.id(), PartyRole.PAYING, payingAccountId, payingName);
            pp.details(null, null, employer, null);
            parties.save(pp);
            CaseChild child = children.save(new CaseChild(c.id(), 0, childName, childBorn, null));
            c.noticeGiven(today.minusDays(110), today.minusDays(109), today.minusDays(96));
            c.income(incomeType, monthlyIncome, IncomeFrequency.MONTHLY, null, BigDecimal.ZERO.setScale(2));
            c.otherChildren(0, 0);
            c.detailsGiven(applied.plusSeconds(86400L * 20), PaymentFrequency.MONTHLY);
            decisionMaker.decide(c, DecisionKind.INITIAL, c.initialEffectiveDate(), Texts.t(Language.ENGLISH, "decision.reason.initial"),
                    new DecisionMaker.Actor(null, "Demo data"),
                    decisionMaker.calculate(DecisionMaker.Circumstances.of(c), List.of(child)), true);
        });
    }

    /**
     * A case waiting for casework because the named paying parent denies being the child's parent (LC-5.3):
     * applied, linked, notice given, then disputed (nothing is calculated until it is settled). Once only.
     */
    public void createParentageDisputedCase(String reference, long receivingAccountId, String receivingName,
                                            long payingAccountId, String payingName, String childName, LocalDate childBorn) {
        if (cases.existsByReference(reference)) {
            return;
        }
        tx.executeWithoutResult(s -> {
            LocalDate today = LocalDate.now(clock);
            Instant applied = today.minusDays(16).atStartOfDay(clock.getZone()).toInstant();
            MaintenanceCase c = cases.save(new MaintenanceCase(reference, receivingAccountId, ApplicantType.RECEIVING_PARENT,
                    reference.substring(reference.length() - 9), ServiceType.DIRECT_PAY, false, applied));
            Party rp = new Party(c.id(), PartyRole.RECEIVING, receivingAccountId, receivingName);
            rp.details(null, null, null, null);
            parties.save(rp);
            Party pp = new Party(c.id(), PartyRole.PAYING, payingAccountId, payingName);
            pp.details(null, null, null, null);
            parties.save(pp);
            children.save(new CaseChild(c.id(), 0, childName, childBorn, null));
            c.noticeGiven(today.minusDays(12), today.minusDays(11), today.plusDays(2));
            c.moveTo(CaseStatus.PARENTAGE_DISPUTED);
            decisionMaker.tellBoth(c, () -> org.childmaintenance.base.Texts.t("timeline.parentageDisputed"));
        });
    }
}
