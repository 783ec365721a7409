package org.childmaintenance.security;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.documents.DocumentService;
import org.childmaintenance.documents.DocumentSource;
import org.childmaintenance.employer.EmployerFixture;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.legacy.LegacyTestCases;
import org.childmaintenance.messages.MessageFixtures;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.Subject;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.outreach.OutreachFixtures;
import org.childmaintenance.representation.RepresentationScope;
import org.childmaintenance.representation.RepresentationService;
import org.childmaintenance.security.AccessMatrixTest.Caller;
import org.childmaintenance.security.AccessMatrixTest.Objects;
import org.childmaintenance.support.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * People and objects for the access matrix, made through the services as people would: two decided
 * cases (A: the OWNER and the OTHER_PARENT; B: the STRANGER_PARENT and another parent), each with a
 * letter, a schedule, a payment, a conversation with an attachment, a family arrangement and a notice,
 * and a deduction order held by that side's employer; plus a representative nobody gave a scope, an employer
 * user (an admin of case A's employer) and a caseworker.
 */
@Component
class MatrixFixtures {
    private final CaseFixtures cases;
    private final CaseService caseService;
    private final IdentityService identity;
    private final MessageService messages;
    private final ArrangementService arrangements;
    private final LedgerService ledger;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DocumentService documentService;
    private final EmployerFixture employers;
    private final LegacyTestCases legacy;
    private final OutreachFixtures outreach;
    private final RepresentationService representations;

    MatrixFixtures(RepresentationService representations, CaseFixtures cases, CaseService caseService, IdentityService identity, MessageService messages,
                   ArrangementService arrangements, LedgerService ledger, JdbcTemplate jdbc, Clock clock,
                   DocumentService documentService, EmployerFixture employers, LegacyTestCases legacy,
                   OutreachFixtures outreach) {
        this.representations = representations;
        this.legacy = legacy;
        this.documentService = documentService;
        this.employers = employers;
        this.outreach = outreach;
        this.cases = cases;
        this.caseService = caseService;
        this.identity = identity;
        this.messages = messages;
        this.arrangements = arrangements;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One case's people and objects: id parameter name → value. */
    record Side(String owner, String otherParent, Map<String, Object> ids, Map<String, String> documentKeys) {
    }

    final class World {
        final Side a;
        final Side b;
        final String representative;
        final String employer;
        final String partner;

        World(Side a, Side b, String representative, String employer, String partner) {
            this.a = a;
            this.b = b;
            this.representative = representative;
            this.employer = employer;
            this.partner = partner;
        }

        void signIn(Caller caller) {
            switch (caller) {
                case OWNER -> cases.signIn(a.owner());
                case OTHER_PARENT -> cases.signIn(a.otherParent());
                case STRANGER_PARENT -> cases.signIn(b.owner());
                case REPRESENTATIVE_WITHOUT_SCOPE -> cases.signIn(representative);
                case EMPLOYER_USER -> cases.signIn(employer);
                case CASEWORKER -> cases.signInCaseworker();
                case PARTNER_USER -> cases.signIn(partner);
                case NOBODY -> SecurityContextHolder.clearContext();
            }
        }
    }

    World build() {
        String employer = newAccount(AccountKind.EMPLOYER_USER, "matrix-employer", "Matrix Employer " + unique());
        String otherEmployer = newAccount(AccountKind.EMPLOYER_USER, "matrix-employer2", "Other Employer " + unique());
        String representative = newAccount(AccountKind.REPRESENTATIVE, "matrix-rep", null);
        OutreachFixtures.TestCentre centreA = outreach.centre("Matrix A");
        OutreachFixtures.TestCentre centreB = outreach.centre("Matrix B");
        Side a = side(employer, centreA);
        Side b = side(otherEmployer, centreB);
        SecurityContextHolder.clearContext();
        return new World(a, b, representative, employer, centreA.staffEmail());
    }

    private Side side(String employerEmail, OutreachFixtures.TestCentre centre) {
        CaseFixtures.Linked c = cases.linkedCase(
                List.of(CaseFixtures.kid("Matrix", LocalDate.now(clock).minusYears(6))), ServiceType.COLLECT_AND_PAY);
        cases.signIn(c.payingEmail());
        caseService.givePayingDetails(c.caseId(), CaseFixtures.employed("600", IncomeFrequency.WEEKLY,
                PaymentFrequency.MONTHLY, cases.nights(c.caseId())));
        cases.signInCaseworker();
        ledger.postPayment(c.reference(), LocalDate.now(clock), new BigDecimal("10.00"), "MATRIX-" + unique());

        cases.signIn(c.receivingEmail());
        long documentId = caseService.myCase(c.caseId()).documents().getFirst().id();
        long conversationId = messages.startAboutCase(c.caseId(), Subject.PAYMENTS, "Matrix question",
                List.of(MessageFixtures.pdf("evidence.pdf")));
        long arrangementId = arrangements.start();
        Map<String, String> documentKeys = new java.util.LinkedHashMap<>();
        for (DocumentService.DocumentItem item : documentService.documents(c.caseId())) {
            documentKeys.putIfAbsent(item.source(), item.key());
        }
        long owner = accountId(c.receivingEmail());
        long helpRequestId = outreach.callBackBySignedInParent(); // the receiving parent's own request for help
        long referralId = outreach.referral(centre, "Matrix Referred", false);
        long slotId = outreach.slot(centre, 7, "10:00");
        SecurityContextHolder.clearContext();
        // An old-scheme case between the same two parents, found online by both (by their e-mails).
        String legacyReference = legacy.closing(c.payingEmail(), c.receivingEmail(), "30.00", "0.00",
                LocalDate.now(clock).plusMonths(7));
        cases.signIn(c.payingEmail());
        legacy.idFor(legacyReference);
        cases.signIn(c.receivingEmail());
        long legacyCaseId = legacy.idFor(legacyReference);
        SecurityContextHolder.clearContext();

        Map<String, Object> ids = new java.util.HashMap<>();
        ids.put("caseId", c.caseId());
        ids.put("caseReference", c.reference());
        ids.put("documentId", documentId);
        ids.put("obligationId", first("SELECT id FROM ledger_obligation WHERE case_id = ? ORDER BY id", c.caseId()));
        ids.put("transactionId", first("SELECT id FROM ledger_transaction WHERE case_id = ? ORDER BY id", c.caseId()));
        ids.put("conversationId", conversationId);
        ids.put("attachmentId", first("SELECT a.id FROM msg_attachment a JOIN msg_message m ON m.id = a.message_id "
                + "WHERE m.conversation_id = ?", conversationId));
        ids.put("arrangementId", arrangementId);
        ids.put("notificationId", first("SELECT id FROM portal_notification WHERE account_id = ? ORDER BY id", owner));
        ids.put("accountId", owner);
        ids.put("legacyCaseId", legacyCaseId);
        ids.put("helpRequestId", helpRequestId);
        ids.put("referralId", referralId);
        ids.put("slotId", slotId);
        long organisationId = first("SELECT organisation_id FROM account WHERE email = ?", employerEmail);
        ids.put("organisationId", organisationId);
        long orderId = employers.order(new EmployerFixture.Org(organisationId, "", null, null), c.caseId(), c.reference(),
                accountId(c.payingEmail()), "Matrix Employee", "M-" + unique(), PayFrequency.MONTHLY,
                LocalDate.now(clock), "10.00");
        ids.put("orderId", orderId);
        // The receiving parent nominates a representative (not one of the matrix's callers), who has not accepted yet.
        cases.signIn(c.receivingEmail());
        ids.put("representationId", representations.nominate(c.caseId(), "Matrix Nominee",
                TestAccounts.uniqueEmail("matrix-nominee"), RepresentationScope.SEE, null));
        SecurityContextHolder.clearContext();
        return new Side(c.receivingEmail(), c.payingEmail(), ids, documentKeys);
    }

    /** The first id the query finds, waiting up to 15 s for rows written by asynchronous listeners (notices). */
    private long first(String sql, Object arg) {
        for (int i = 0; i < 75; i++) {
            List<Long> found = jdbc.queryForList(sql, Long.class, arg);
            if (!found.isEmpty() && found.getFirst() != null) {
                return found.getFirst();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("fixture missing: " + sql);
    }

    private long accountId(String email) {
        return identity.findAccountId(email).orElseThrow();
    }

    private String newAccount(AccountKind kind, String prefix, String organisation) {
        String email = TestAccounts.uniqueEmail(prefix);
        identity.provisionAccount(kind, email, prefix + " Person", CaseFixtures.PASSWORD, organisation,
                kind == AccountKind.EMPLOYER_USER ? EmployerRole.ADMIN : null);
        return email;
    }

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** Arguments for a call: ids from the chosen side; harmless, well-formed values for the rest. */
    Object[] arguments(Object bean, Method m, World world, Objects objects) {
        Parameter[] ps = m.getParameters();
        Side keys = objects == Objects.CASE_A ? world.a : world.b;
        String source = bean instanceof DocumentSource s ? s.name()
                : keys.documentKeys().containsKey("letters") ? "letters"
                : keys.documentKeys().keySet().stream().findFirst().orElse("none");
        Object[] args = new Object[ps.length];
        boolean firstId = true;
        for (int i = 0; i < ps.length; i++) {
            String name = ps[i].getName();
            if (AccessMatrixTest.idParams(m).contains(name)) {
                Side side = switch (objects) {
                    case CASE_A -> world.a;
                    case CASE_B -> world.b;
                    case MIXED -> firstId ? world.a : world.b;
                };
                firstId = false;
                Object id = side.ids().get(name);
                args[i] = ps[i].getType() == String.class ? String.valueOf(id) : id;
            } else if (name.equals("source") && ps[i].getType() == String.class) {
                args[i] = source;
            } else if (name.equals("key") && ps[i].getType() == String.class) {
                args[i] = keys.documentKeys().getOrDefault(source, "none");
            } else {
                args[i] = dummy(ps[i].getType(), name, 0);
            }
        }
        return args;
    }

    private Object dummy(Class<?> type, String name, int depth) {
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            String n = name.toLowerCase();
            if (n.contains("email")) {
                return "someone@example.test";
            }
            if (n.contains("amount") || n.contains("income")) {
                return "10.00";
            }
            if (n.contains("night")) {
                return "0";
            }
            return "Matrix text";
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1.00");
        }
        if (type == LocalDate.class) {
            return LocalDate.now(clock);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == byte[].class) {
            return new byte[0];
        }
        if (depth > 3 || type.isInterface() || type.isPrimitive()) {
            return null;
        }
        try {
            if (type.isRecord()) {
                RecordComponent[] rc = type.getRecordComponents();
                Class<?>[] types = new Class<?>[rc.length];
                Object[] values = new Object[rc.length];
                for (int i = 0; i < rc.length; i++) {
                    types[i] = rc[i].getType();
                    values[i] = dummy(rc[i].getType(), rc[i].getName(), depth + 1);
                }
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return c.newInstance(values);
            }
            Constructor<?> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
