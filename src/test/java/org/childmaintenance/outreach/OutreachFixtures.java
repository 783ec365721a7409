package org.childmaintenance.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.outreach.OutreachViews.CallBackAnswers;
import org.childmaintenance.outreach.OutreachViews.ReferralForm;
import org.childmaintenance.outreach.OutreachViews.SlotForm;
import org.childmaintenance.support.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Partner centres, slots, referrals and requests for tests, made through the services as people would. */
@Component
public class OutreachFixtures {
    public static final String PASSWORD = "correct-horse-battery-staple-42";
    private final IdentityService identity;
    private final PartnerCentres partners;
    private final HelpRequests help;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutreachFixtures(IdentityService identity, PartnerCentres partners, HelpRequests help, JdbcTemplate jdbc, Clock clock) {
        this.identity = identity;
        this.partners = partners;
        this.help = help;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A partner centre with one staff account. */
    public record TestCentre(long id, String name, String staffEmail) {
    }

    /** A new partner centre (unique name) set up by casework; nobody is signed in afterwards. */
    public TestCentre centre(String prefix) {
        String name = prefix + " Centre " + UUID.randomUUID().toString().substring(0, 6);
        String email = TestAccounts.uniqueEmail("partner");
        identity.provisionAccount(AccountKind.PARTNER_USER, email, prefix + " Staff", PASSWORD, name, null);
        signIn("caseworker@example.com");
        long id = partners.registerCentre(name, "1 Test Street, Testtown TT1 1TT", "Monday to Friday 9am to 5pm").id();
        SecurityContextHolder.clearContext();
        return new TestCentre(id, name, email);
    }

    /** A slot published by the centre's staff, {@code days} from today at {@code time}, 60 minutes. */
    public long slot(TestCentre centre, int days, String time) {
        signIn(centre.staffEmail());
        try {
            return partners.publishSlot(new SlotForm(LocalDate.now(clock).plusDays(days), time, 60));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A referral by the centre's staff (with consent); its id. */
    public long referral(TestCentre centre, String parentName, boolean safetyConcern) {
        signIn(centre.staffEmail());
        try {
            String ref = partners.refer(new ReferralForm(parentName, "07700 900111", null, !safetyConcern,
                    "Wants to know about options", safetyConcern, safetyConcern ? "Ex-partner reads texts" : null, true));
            return idOf(ref);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A call-back asked for by the signed-in parent (the caller signs them in); its id. */
    public long callBackBySignedInParent() {
        String ref = help.askForCallBack(new CallBackAnswers(null, null, "07700 900222", Set.of(CallTime.WEEKDAY_MORNING),
                Topic.HOW_MUCH, null, true, "estimate")).reference();
        return idOf(ref);
    }

    public long idOf(String reference) {
        return jdbc.queryForObject("select id from outreach_request where reference = ?", Long.class, reference);
    }

    public static LocalTime time(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    public PortalUser signIn(String email) {
        PortalUser user = identity.reload(identity.findAccountId(email).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        return user;
    }
}
