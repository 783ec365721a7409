package org.childmaintenance.options;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementRecords.PaymentEntry;
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only (portal.demo-data=true): a confirmed family-based arrangement between the two demo
 * parents, with a few tracked payments and a review date close enough to show the reminder banner.
 * Built through the service as each parent, so the audit trail reads as it would for real.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class ArrangementDemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ArrangementDemoData.class);
    private final ArrangementService service;
    private final FamilyArrangementRepository arrangements;
    private final IdentityService identity;
    private final TransactionTemplate tx;
    private final Clock clock;

    ArrangementDemoData(ArrangementService service, FamilyArrangementRepository arrangements, IdentityService identity,
                        TransactionTemplate tx, Clock clock) {
        this.service = service;
        this.arrangements = arrangements;
        this.identity = identity;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<PortalUser> alex = identity.findUser("parent@example.com");
        Optional<PortalUser> sam = identity.findUser("other.parent@example.com");
        if (alex.isEmpty() || sam.isEmpty()) {
            return;
        }
        try {
            act(alex.get());
            if (!service.mine().isEmpty()) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate first = today.minusMonths(4).withDayOfMonth(1);
            long id = service.start();
            service.saveParties(id, ParentRole.RECEIVING, "Sam Taylor"); // as in the demo case: Sam pays, Alex receives
            service.saveChildren(id, List.of(new ChildDetails("Mia", LocalDate.of(2016, 5, 14)),
                    new ChildDetails("Leo", LocalDate.of(2019, 9, 2))));
            service.estimate(id, "32000", "52");
            service.saveAmount(id, "300.00", Frequency.MONTHLY);
            service.savePayment(id, PaymentMethod.STANDING_ORDER, "On the 1st of each month", first,
                    "Pay into the account ending 4321");
            service.saveExtras(id, ExtrasPayer.SHARED_EQUALLY, ExtrasPayer.RECEIVING_PARENT, ExtrasPayer.PAYING_PARENT);
            service.saveHolidays(id, "Sam pays for the summer holiday club. Birthday presents are bought separately.");
            service.saveChangesPlan(id, "If either of our incomes changes a lot, or the children's nights change, we will talk within a month and update this.");
            service.saveReviewDate(id, today.plusDays(10));
            service.agree(id);
            // The demo skips the e-mailed invitation: Sam joins and confirms directly.
            tx.executeWithoutResult(s -> {
                FamilyArrangement a = arrangements.findById(id).orElseThrow();
                a.otherAccountId = sam.get().accountId();
                a.otherEmail = sam.get().email();
            });
            act(sam.get());
            service.confirm(id);
            for (int m = 0; m < 4; m++) {
                service.recordPayment(id, first.plusMonths(m), "300.00");
            }
            act(alex.get());
            List<PaymentEntry> recorded = service.payments(id).payments();
            for (int i = 0; i < 3; i++) {
                service.answerPayment(id, recorded.get(i).id(), true);
            }
            log.info("Demo family-based arrangement created between the two demo parents");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void act(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

}
