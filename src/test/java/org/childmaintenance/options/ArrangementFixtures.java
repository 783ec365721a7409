package org.childmaintenance.options;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;
import org.childmaintenance.support.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builds parents and arrangements through the real services, for tests. */
public final class ArrangementFixtures {
    private static final Pattern CODE = Pattern.compile("code: ([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})");
    private final ApplicationContext ctx;

    public ArrangementFixtures(ApplicationContext ctx) {
        this.ctx = ctx;
    }

    /** A new verified parent account with a unique e-mail address. */
    public PortalUser newParent(String name) {
        String email = TestAccounts.uniqueEmail(name.toLowerCase().replace(' ', '.'));
        IdentityService identity = ctx.getBean(IdentityService.class);
        identity.provisionAccount(AccountKind.PARENT, email, name, "plum-harbour-lantern-2026", null, null);
        return identity.findUser(email).orElseThrow();
    }

    public static void actAs(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    /** A complete draft written by {@code author} as the paying parent, agreed. */
    public long agreedArrangement(PortalUser author, String otherName, LocalDate reviewDate) {
        actAs(author);
        ArrangementService s = ctx.getBean(ArrangementService.class);
        long id = s.start();
        s.saveParties(id, ParentRole.PAYING, otherName);
        s.saveChildren(id, List.of(new ChildDetails("Ruby", LocalDate.of(2017, 3, 27)), new ChildDetails("Ezra", null)));
        s.saveAmount(id, "312.50", Frequency.MONTHLY);
        s.savePayment(id, PaymentMethod.BANK_TRANSFER, "On the 1st of each month", LocalDate.now().withDayOfMonth(1),
                "Pay into the account ending 1234");
        s.saveExtras(id, ExtrasPayer.SHARED_EQUALLY, ExtrasPayer.RECEIVING_PARENT, ExtrasPayer.PAYING_PARENT);
        s.saveHolidays(id, "We split the summer club.");
        s.saveChangesPlan(id, "We talk within a month.");
        s.saveReviewDate(id, reviewDate);
        s.agree(id);
        return id;
    }

    /** Invites {@code inviteeEmail} (as the author) and returns the code from the e-mail. */
    public String invite(PortalUser author, long id, String inviteeEmail) {
        actAs(author);
        ctx.getBean(ArrangementService.class).invite(id, inviteeEmail);
        return codeSentTo(inviteeEmail);
    }

    public String codeSentTo(String email) {
        String body = lastMailTo(email);
        Matcher m = CODE.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No code in the invitation");
        }
        return m.group(1);
    }

    public String lastMailTo(String email) {
        return org.childmaintenance.notification.OutboxProbe.lastBodyTo(ctx.getBean(JdbcTemplate.class), email);
    }

    /** An agreed, accepted and confirmed arrangement between {@code payer} (author) and {@code receiver}. */
    public long confirmedArrangement(PortalUser payer, PortalUser receiver, LocalDate reviewDate) {
        long id = agreedArrangement(payer, receiver.fullName(), reviewDate);
        String code = invite(payer, id, receiver.email());
        actAs(receiver);
        ArrangementService s = ctx.getBean(ArrangementService.class);
        s.acceptInvitation(code);
        s.confirm(id);
        return id;
    }
}
