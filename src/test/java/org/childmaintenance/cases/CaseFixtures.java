package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.support.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds cases for tests through the public service, as the parents would. */
@Component
public class CaseFixtures {
    public static final String PASSWORD = "river-stone-candle-42";
    private final IdentityService identity;
    private final CaseService cases;
    private final JdbcTemplate jdbc;

    CaseFixtures(IdentityService identity, CaseService cases, JdbcTemplate jdbc) {
        this.identity = identity;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    public record Kid(String name, LocalDate dateOfBirth) {
    }

    /** A parent account with a unique address. */
    public String newParent(String prefix) {
        String email = TestAccounts.uniqueEmail(prefix);
        identity.provisionAccount(AccountKind.PARENT, email, prefix + " Parent", PASSWORD, null, null);
        return email;
    }

    public PortalUser signIn(String email) {
        PortalUser user = identity.reload(identity.findAccountId(email).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        return user;
    }

    public void signInCaseworker() {
        signIn("caseworker@example.com");
    }

    /** A child name nobody else uses (duplicate checks compare names and dates of birth). */
    public static Kid kid(String first, LocalDate dob) {
        return new Kid(first + " " + java.util.UUID.randomUUID().toString().substring(0, 6), dob);
    }

    /** Every answer of a receiving parent's application, ready to save page by page. */
    public static ApplicationDraft draft(ApplicantType type, String otherEmail, ServiceType service, List<Kid> kids) {
        ApplicationDraft d = new ApplicationDraft();
        d.setPreApplicationReference("950123456");
        d.setApplicantType(type);
        d.setDomesticAbuse(false);
        d.setNotSafeToShare(false);
        d.setAddress("1 Test Street\nLeeds");
        d.setPostcode("LS1 1AA");
        d.setOtherName("Other Person");
        d.setOtherDateOfBirth(LocalDate.of(1985, 6, 1));
        d.setOtherAddressKnown(false);
        d.setOtherEmail(otherEmail);
        for (int i = 0; i < kids.size(); i++) {
            d.child(i).setName(kids.get(i).name());
            d.child(i).setDateOfBirth(kids.get(i).dateOfBirth());
            d.child(i).setInEducation(true);
        }
        d.setMoreChildren(false);
        d.setAllInUk(true);
        d.setServiceType(service);
        d.setBankAccountName("T PARENT");
        d.setSortCode("30-96-34");
        d.setAccountNumber("12345678");
        return d;
    }

    /** Saves every page (as the journey would) and sends; the applicant must be signed in. */
    public CaseService.Submitted apply(ApplicationDraft d) {
        for (ApplyStep.Ref ref : cases.applicationSteps(d)) {
            if (ref.step() == ApplyStep.CHECK) {
                continue;
            }
            CaseService.StepResult r = cases.saveStep(ref, d, false);
            assertThat(r.errors()).as("errors on " + ref).isEmpty();
            assertThat(r.stop()).as("stop on " + ref).isNull();
        }
        return cases.submitApplication();
    }

    /** The latest activation code e-mailed to this address. */
    public String codeMailedTo(String email) {
        String body = org.childmaintenance.notification.OutboxProbe.lastBodyTo(jdbc, email.toLowerCase());
        Matcher m = Pattern.compile("\\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\\b").matcher(body);
        assertThat(m.find()).as("code in mail").isTrue();
        return m.group(1);
    }

    /** A case with the other parent linked as paying parent, waiting for their details. */
    public Linked linkedCase(List<Kid> kids, ServiceType service) {
        String rp = newParent("rp");
        String pp = newParent("pp");
        signIn(rp);
        CaseService.Submitted sent = apply(draft(ApplicantType.RECEIVING_PARENT, pp, service, kids));
        String code = codeMailedTo(pp);
        signIn(pp);
        cases.acceptInvitation(code, true);
        return new Linked(sent.caseId(), sent.reference(), rp, pp);
    }

    public record Linked(long caseId, String reference, String receivingEmail, String payingEmail) {
    }

    /** Answers of an employed paying parent. */
    public static CaseAnswers employed(String amount, IncomeFrequency frequency, PaymentFrequency pay,
                                       Map<Long, String> nights) {
        CaseAnswers a = new CaseAnswers();
        a.setIncomeType(IncomeType.EMPLOYED);
        a.setIncomeAmount(amount);
        a.setIncomeFrequency(frequency);
        a.setEmployer("Acme Ltd");
        a.setRelevantOtherChildren("0");
        a.setOtherArrangementChildren("0");
        a.setNights(nights == null ? Map.of() : nights);
        a.setPaymentFrequency(pay);
        return a;
    }

    /** Nights for every child on the case ("0" unless given). */
    public Map<Long, String> nights(long caseId, String... perChild) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        List<CaseService.ChildView> kids = cases.caseChildren(caseId);
        for (int i = 0; i < kids.size(); i++) {
            out.put(kids.get(i).id(), i < perChild.length ? perChild[i] : "0");
        }
        return out;
    }
}
