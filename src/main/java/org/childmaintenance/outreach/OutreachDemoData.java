package org.childmaintenance.outreach;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.ActAs;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.outreach.OutreachViews.CallBackAnswers;
import org.childmaintenance.outreach.OutreachViews.ReferralForm;
import org.childmaintenance.outreach.OutreachViews.SlotForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo outreach, made through the services as people would: two partner centres (Riverside Children's
 * Centre, whose staff account is partner@example.com, and Hillside Family Hub) with slots over the next three
 * weeks, a referral from Riverside with a safety concern, and a call-back Alex Morgan asked for from the
 * arrangement builder.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class OutreachDemoData implements ApplicationRunner {
    static final String PARTNER = "partner@example.com";
    static final String RIVERSIDE = "Riverside Children's Centre";
    static final String HILLSIDE_STAFF = "hillside@example.com";
    static final String HILLSIDE = "Hillside Family Hub";
    private static final String PASSWORD = "demo-password-2026";
    private static final Logger log = LoggerFactory.getLogger(OutreachDemoData.class);
    private final IdentityService identity;
    private final PartnerCentres partners;
    private final HelpRequests help;
    private final Clock clock;

    private final ActAs actAs;

    OutreachDemoData(IdentityService identity, PartnerCentres partners, HelpRequests help, Clock clock, ActAs actAs) {
        this.actAs = actAs;
        this.identity = identity;
        this.partners = partners;
        this.help = help;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.accountExists(PARTNER)) {
            return;
        }
        long riverside = identity.provisionAccount(AccountKind.PARTNER_USER, PARTNER, "Aisha Khan", PASSWORD, RIVERSIDE, null);
        long hillside = identity.provisionAccount(AccountKind.PARTNER_USER, HILLSIDE_STAFF, "Owen Price", PASSWORD, HILLSIDE, null);
        long caseworker = identity.findAccountId("caseworker@example.com").orElseThrow();
        actAs.run(caseworker, () -> {
            partners.registerCentre(RIVERSIDE, "12 River Street, Northfield NF1 2AB",
                    "Monday to Friday 9am to 5pm, Saturday 10am to 1pm");
            partners.registerCentre(HILLSIDE, "Hillside Community Hall, 4 Crown Road, Northfield NF3 7QT",
                    "Monday, Wednesday and Friday 9:30am to 4pm");
        });
        LocalDate today = LocalDate.now(clock);
        actAs.run(riverside, () -> {
            publish(today, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), List.of("10:00", "11:00", "14:00"), 60);
            partners.refer(new ReferralForm("Robin Hughes", "07700 900456", null, false,
                    "Robin has just separated and wants to know how child maintenance works and what the options are.",
                    true, "Robin's former partner checks her phone. Do not leave voicemails or send texts; "
                    + "call on Tuesday afternoons, when she is at the centre.", true));
        });
        actAs.run(hillside, () -> publish(today, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), List.of("13:30", "15:00"), 45));
        identity.findAccountId("parent@example.com").ifPresent(alex -> actAs.run(alex, () -> help.askForCallBack(
                new CallBackAnswers(null, null, "07700 900123", Set.of(CallTime.WEEKDAY_MORNING, CallTime.WEEKDAY_EVENING),
                        Topic.FAMILY_ARRANGEMENT, "We have agreed an amount and want help writing it down.", true,
                        "arrangement"))));
        log.info("Demo outreach: {} and {} with slots, a referral, and Alex Morgan's call-back", RIVERSIDE, HILLSIDE);
    }

    private void publish(LocalDate today, Set<DayOfWeek> days, List<String> times, int minutes) {
        for (LocalDate d = today.plusDays(1); d.isBefore(today.plusWeeks(3)); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                for (String t : times) {
                    partners.publishSlot(new SlotForm(d, t, minutes));
                }
            }
        }
    }

}
