package org.childmaintenance.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Decided cases with a representative at each step of invite → accept → confirm, built through the services. */
@Component
public class RepsFixture {
    private final CaseFixtures cases;
    private final CaseService caseService;
    private final IdentityService identity;
    private final RepresentationService reps;
    private final JdbcTemplate jdbc;

    RepsFixture(CaseFixtures cases, CaseService caseService, IdentityService identity, RepresentationService reps,
                JdbcTemplate jdbc) {
        this.cases = cases;
        this.caseService = caseService;
        this.identity = identity;
        this.reps = reps;
        this.jdbc = jdbc;
    }

    public record Setup(long caseId, String parentEmail, String otherParentEmail, String repEmail, String repName,
                        long representationId) {
    }

    /** A decided case (the receiving parent) and a new representative account, not yet nominated. */
    public Setup decidedCaseAndRep() {
        CaseFixtures.Linked c = cases.linkedCase(List.of(CaseFixtures.kid("Ada", LocalDate.now().minusYears(7))),
                ServiceType.DIRECT_PAY);
        cases.signIn(c.payingEmail());
        caseService.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY,
                PaymentFrequency.MONTHLY, cases.nights(c.caseId())));
        String repEmail = TestAccounts.uniqueEmail("rep");
        String repName = "Robin Rep" + repEmail.substring(4, 8);
        identity.provisionAccount(AccountKind.REPRESENTATIVE, repEmail, repName, CaseFixtures.PASSWORD, null, null);
        return new Setup(c.caseId(), c.receivingEmail(), c.payingEmail(), repEmail, repName, 0);
    }

    /** Nominated by the parent; returns the token from the e-mail. */
    public String nominate(Setup s, RepresentationScope scope, LocalDate endsOn) {
        cases.signIn(s.parentEmail());
        reps.nominate(s.caseId(), s.repName(), s.repEmail(), scope, endsOn);
        return tokenMailedTo(s.repEmail());
    }

    /** Nominated, accepted and confirmed: the representative may act. Leaves the representative signed in. */
    public Setup active(RepresentationScope scope, LocalDate endsOn) {
        Setup s = decidedCaseAndRep();
        String token = nominate(s, scope, endsOn);
        cases.signIn(s.repEmail());
        reps.accept(token);
        cases.signIn(s.parentEmail());
        long id = reps.myRepresentatives().stream().filter(n -> n.caseId() == s.caseId()).findFirst().orElseThrow().id();
        reps.confirm(id);
        cases.signIn(s.repEmail());
        return new Setup(s.caseId(), s.parentEmail(), s.otherParentEmail(), s.repEmail(), s.repName(), id);
    }

    public String tokenMailedTo(String email) {
        String body = org.childmaintenance.notification.OutboxProbe.lastBodyTo(jdbc, email.toLowerCase());
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("link in mail").isTrue();
        return m.group(1);
    }

    public void signIn(String email) {
        cases.signIn(email);
    }
}
