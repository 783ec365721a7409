package org.childmaintenance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access matrix, generated: every public method of every service bean of the portal that takes
 * the id of someone's object (case, document, obligation, transaction, conversation, attachment,
 * arrangement, notification, organisation, account, request for help, partner referral, appointment slot) is
 * called by every kind of caller, on objects of their own case and of someone else's, and the outcome is
 * compared with the rules (LC-16, LC-17: parties see their case, nobody else but caseworkers; a partner
 * centre's staff never see a case, only their own centre's referrals and slots). A method added later without an access check
 * fails this test unless it is put on the reviewed allow-list below with a reason. Each call runs in a
 * transaction that is rolled back, so calls do not change the fixtures for the next ones.
 */
@PortalTest
class AccessMatrixTest {

    /** Who calls. OWNER is the receiving parent of case A, who also owns its personal objects. */
    enum Caller {
        OWNER, OTHER_PARENT, STRANGER_PARENT, REPRESENTATIVE_WITHOUT_SCOPE, EMPLOYER_USER, CASEWORKER, NOBODY,
        /** Staff of case A's partner centre (it referred a parent and published a slot; case B has another centre). */
        PARTNER_USER
    }

    /** Whose objects: case A's (OWNER's), case B's (the stranger's), or case A's case id with B's objects. */
    enum Objects { CASE_A, CASE_B, MIXED }

    enum Outcome { REFUSED, FAILED_OTHERWISE, SUCCEEDED }

    /** Parameter names (compiled with -parameters) that carry the id of someone's object. */
    static final Set<String> ID_NAMES = Set.of("caseId", "caseReference", "documentId", "obligationId",
            "transactionId", "conversationId", "attachmentId", "arrangementId", "notificationId",
            "organisationId", "accountId", "legacyCaseId", "helpRequestId", "referralId", "slotId", "orderId",
            "representationId");

    /** Ids of objects that belong to one person, not to the case as a whole. */
    static final Set<String> PERSONAL_IDS = Set.of("conversationId", "attachmentId", "arrangementId",
            "notificationId", "accountId", "helpRequestId", "representationId");

    /**
     * Methods whose only ids are of kinds the fixtures do not make (any {@code long} parameter named {@code id} or
     * {@code …Id} not in {@link #ID_NAMES}) and that are not for caseworkers only: each is reviewed here, with the
     * test that proves its check. Casework-only ones are called in the matrix with a dummy id (everyone else must
     * be refused by role). A new method of this kind fails the test until it is added here or gets fixtures.
     */
    static final Map<String, String> UNFIXTURED_REVIEWED = new TreeMap<>(Map.ofEntries(
            Map.entry("HelpRequests#freeSlots", "centreId: the free call-back slots a partner centre publishes to anyone "
                    + "asking for help (issue 16); public by design, no personal data"),
            Map.entry("OrganisationDirectory#find", "id: an organisation's id and name only, for the employer feature "
                    + "after its own check (DeductionOrderService); no page passes ids"),
            Map.entry("LegacyArrearsLedger#moveIn", "payingAccountId/receivingAccountId: the old-scheme closure job "
                    + "(no one signed in) or casework only; any other signed-in caller is refused "
                    + "(AccessDeniedException in the method); no page of a parent, employer or representative calls it")));

    /** Whole classes not called, each with the reason (reviewed). */
    static final Map<String, String> SKIPPED_CLASSES = new TreeMap<>(Map.ofEntries(
            Map.entry("AccessService", "is the access check itself (asked by every service)"),
            Map.entry("CaseParticipations", "SPI answering AccessService: whom an account may act for"),
            Map.entry("AuditService", "writes/reads the audit trail for services that checked already; no UI passes ids"),
            Map.entry("NotificationService", "outbound delivery, called by services after their own check"),
            Map.entry("CaseDemoData", "demo data runner"),
            Map.entry("ActAs", "start-up work (the demo data runners) signs in as an account through it, then calls the "
                    + "services, which check as usual; no page or request passes it an id"),
            Map.entry("LedgerDemoData", "demo data runner"),
            Map.entry("MessagesDemoData", "demo data runner"),
            Map.entry("NotificationDemoData", "demo data runner"),
            Map.entry("ArrangementDemoData", "demo data runner"),
            Map.entry("ReferenceDemoData", "demo data runner"),
            Map.entry("DemoAccounts", "demo data runner"),
            Map.entry("EmployerDemoCases", "demo data runner (portal.demo-data=true only)"),
            Map.entry("CaseScheduleListener", "event listener (no caller)"),
            Map.entry("CaseClosedListener", "event listener (no caller)"),
            Map.entry("NightlyRun", "scheduled job (no caller)"),
            Map.entry("ArrangementReviewReminders", "scheduled job (no caller)"),
            Map.entry("CaseEventNotices", "event listener (no caller)"),
            Map.entry("NotificationDispatcher", "event listener (no caller)"),
            Map.entry("EventRetries", "scheduled job (no caller)"),
            Map.entry("OutboxRetention", "scheduled job (no caller)"),
            Map.entry("MailDelivery", "scheduled job (no caller)"),
            Map.entry("SmsDelivery", "scheduled job (no caller)"),
            Map.entry("AnnualReview", "scheduled job (no caller)"),
            Map.entry("CaseMembership", "SPI for features acting around a case (representation): callers have checked with AccessService already; no page passes ids"),
            Map.entry("RepresentativeParticipations", "SPI answering AccessService (like CaseParticipations): whom a representative may act for"),
            Map.entry("SafetyFlagLookup", "system yes/no about an account for notice channels (LC-17.5); reveals nothing else, no page passes ids"),
            Map.entry("CaseSafetyFlags", "notices SPI over SafetyFlagLookup: system yes/no for notice channels"),
            Map.entry("OrderHolders", "ledger SPI (DeductionOrderHolders): system yes/no whether an organisation holds an order on a case, asked by the ledger after its own check of the signed-in admin; no page passes ids")));

    /** Single methods not called, "Class#method" → reason (reviewed). */
    static final Map<String, String> SKIPPED_METHODS = new TreeMap<>(Map.ofEntries(
            Map.entry("AccountLanguages#ofAccount", "system: the language a notice, mail or letter to that account is written in (LanguagePreferences); reveals nothing else, no page passes ids"),
            Map.entry("AccountLanguages#forAccount", "as AccountLanguages#ofAccount (its default: that choice, else the current page's language)"),
            Map.entry("IdentityService#reload", "re-reads the signed-in account for its own session (id from the server-side session, never from a person)"),
            Map.entry("SignInService#completeSecondStep", "second sign-in step: nobody is signed in yet by definition; the id comes from the first step's server-side state"),
            Map.entry("Notify#send", "internal: services send a notice after their own check; no page passes an account id"),
            Map.entry("ActingFor#bannerFor", "answers only about the signed-in representative's own in-force representation of the case: empty for anyone else, so it reveals nothing"),
            Map.entry("EmployerPayments#knowsCase", "system yes/no for the employer feature: whether the ledger holds a schedule for a case; reveals nothing else, no page passes ids"),
            Map.entry("DeductionService#hasOrdersForMe", "yes/no for the signed-in person's own case page link: false for anyone who is not the paying parent on an order of that case, so it reveals nothing"),
            Map.entry("OrganisationDirectory#members", "system list of an organisation's users for the notices of new documents and deadlines (issue 11), called by services after their own checks and by the deadline job; no page passes ids")));

    /** Who may act, and why (the rule). */
    record Rule(Set<Caller> allowed, String why) {
    }

    static final Set<Caller> PARENTS = Set.of(Caller.OWNER, Caller.OTHER_PARENT);
    static final Set<Caller> OWNER_ONLY = Set.of(Caller.OWNER);

    /**
     * Who is allowed on case A's objects where that differs from the default. Defaults: case objects —
     * both parents and caseworkers; personal objects (conversation, attachment, arrangement, notice,
     * account) — their owner only; methods marked {@code @PreAuthorize("hasRole('CASEWORKER')")} —
     * caseworkers only. OWNER is case A's receiving parent, OTHER_PARENT its paying parent.
     */
    static final Map<String, Rule> ALLOWED_ON_CASE_A = new TreeMap<>(Map.ofEntries(
            rule("CaseReading#myCase", PARENTS, "the parent's own case page; casework has its own pages"),
            rule("CaseService#myCase", PARENTS, "the parent's own case page; casework has its own pages"),
            rule("CaseReading#documentPdf", Set.of(Caller.OWNER, Caller.CASEWORKER), "a letter is for its addressee only (LC-17.6)"),
            rule("CaseService#documentPdf", Set.of(Caller.OWNER, Caller.CASEWORKER), "a letter is for its addressee only (LC-17.6)"),
            rule("CaseReading#documentInfo", Set.of(Caller.OWNER, Caller.CASEWORKER), "a letter is for its addressee only (LC-17.6)"),
            rule("CaseService#documentInfo", Set.of(Caller.OWNER, Caller.CASEWORKER), "a letter is for its addressee only (LC-17.6)"),
            rule("CaseService#changesICanReport", PARENTS, "parents report changes; casework records them elsewhere"),
            rule("ChangeReporting#changesICanReport", PARENTS, "parents report changes; casework records them elsewhere"),
            rule("CaseService#previewChange", PARENTS, "parents report changes"),
            rule("ChangeReporting#previewChange", PARENTS, "parents report changes"),
            rule("CaseService#reportChange", PARENTS, "parents report changes"),
            rule("ChangeReporting#reportChange", PARENTS, "parents report changes"),
            rule("CaseService#givePayingDetails", Set.of(Caller.OTHER_PARENT), "only the paying parent gives their details (LC-4)"),
            rule("PayingParentDetails#givePayingDetails", Set.of(Caller.OTHER_PARENT), "only the paying parent gives their details"),
            rule("CaseService#closeOnRequest", Set.of(), "casework task: the fixtures have no close request, and a task id that is not on the case is refused even to casework; strangers are refused regardless"),
            rule("CaseClosure#closeOnRequest", Set.of(), "as CaseService#closeOnRequest"),
            rule("CaseService#applyDefaultRate", Set.of(Caller.CASEWORKER), "casework decision"),
            rule("CaseService#invitationLetter", Set.of(Caller.CASEWORKER), "casework task"),
            rule("CaseService#recordOtherParentFound", Set.of(Caller.CASEWORKER), "casework task"),
            rule("CaseService#resolveParentage", Set.of(Caller.CASEWORKER), "casework decision"),
            rule("CaseService#serviceTypeChangedByCasework", Set.of(Caller.CASEWORKER), "casework decision"),
            rule("CaseworkActions#applyDefaultRate", Set.of(Caller.CASEWORKER), "casework decision"),
            rule("CaseworkActions#invitationLetter", Set.of(Caller.CASEWORKER), "casework task"),
            rule("CaseworkActions#recordOtherParentFound", Set.of(Caller.CASEWORKER), "casework task"),
            rule("CaseworkActions#resolveParentage", Set.of(Caller.CASEWORKER), "casework decision"),
            rule("CaseworkActions#serviceTypeChangedByCasework", Set.of(Caller.CASEWORKER), "casework decision"),
            rule("ServiceTypeChange#moveToCollectAndPay", Set.of(Caller.CASEWORKER), "casework decision (parents ask through a change)"),
            rule("CaseworkMessages#addNote", Set.of(Caller.CASEWORKER), "casework inbox"),
            rule("CaseworkMessages#assignToMe", Set.of(Caller.CASEWORKER), "casework inbox"),
            rule("CaseworkMessages#open", Set.of(Caller.CASEWORKER), "casework inbox"),
            rule("CaseworkMessages#reply", Set.of(Caller.CASEWORKER), "casework inbox"),
            rule("MessageService#attachment", Set.of(Caller.OWNER, Caller.CASEWORKER), "a file sent to the CMS: its sender and casework"),
            rule("MessageService#unreadOnCase", PARENTS, "a party's (or their representative's) own unread count on their side of the case; casework has its inbox"),
            rule("MessageService#startAboutCase", PARENTS, "a party writes to the CMS about their case; casework replies from the inbox"),
            rule("LedgerService#confirmDirectPayment", Set.of(Caller.OWNER, Caller.CASEWORKER), "the receiving parent confirms what they received (LC-7)"),
            rule("LedgerService#reportMissedPayment", Set.of(Caller.OWNER, Caller.CASEWORKER), "the receiving parent reports a missed payment (LC-7)"),
            rule("LedgerService#agreeArrearsPlan", Set.of(Caller.OTHER_PARENT, Caller.CASEWORKER), "the paying parent agrees a plan for their arrears"),
            rule("ArrearsPlans#change", Set.of(Caller.OTHER_PARENT, Caller.CASEWORKER), "whoever may agree a plan may change it (LC-12.3)"),
            rule("ArrearsPlans#history", Set.of(Caller.OTHER_PARENT, Caller.CASEWORKER), "the receiving parent is told the outcome, not the plan's terms (LC-12.3)"),
            rule("DocumentService#documents", PARENTS, "the parties' Documents page; casework reads documents on its own pages"),
            rule("DocumentService#open", OWNER_ONLY, "a letter is for its addressee only; casework reads documents on its own pages"),
            rule("CaseLetterDocuments#documents", PARENTS, "each party's own letters (casework has its own pages)"),
            rule("CaseLetterDocuments#open", Set.of(Caller.OWNER, Caller.CASEWORKER), "a letter is for its addressee only (casework may read it)"),
            rule("CaseService#duplicateChecked", Set.of(Caller.CASEWORKER), "casework task"),
            rule("RepresentationService#nominate", PARENTS, "a parent nominates their own representative (LC-16); casework records legal appointees elsewhere"),
            rule("SafetyFlags#mySafetyFlag", PARENTS, "the parent's own safety flag (LC-17.5)"),
            rule("CaseRecords#caseRecord", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("ReconsiderationCasework#ofCase", Set.of(Caller.CASEWORKER), "the casework case page's disputes section (issue 15): caseworkers only"),
            rule("EnforcementActions#recordIssuedOrder", Set.of(Caller.CASEWORKER), "casework records a DEO it issued on the employer page as the case's ladder step (issue 15); another case's order is refused"),
            rule("ComplaintService#ofCase", Set.of(Caller.CASEWORKER), "the casework case page's disputes section (issue 15): caseworkers only; complainants use myComplaints"),
            rule("LegalAuthorityService#ofCase", Set.of(Caller.CASEWORKER), "the casework case page's representatives section (issue 15): caseworkers only; parents use Who manages my case"),
            rule("CaseworkDesk#addNote", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("CaseworkDesk#notes", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("CaseworkLedger#transactions", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("CaseworkLookup#caseFile", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("CaseworkLookup#exists", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("CaseworkLookup#latestDecision", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("LedgerApprovals#ofCase", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("LedgerApprovals#request", Set.of(Caller.CASEWORKER), "the casework desk (issue 15): caseworkers only; parents see their own pages"),
            rule("ReconsiderationService#addPoints", PARENTS, "a parent asks us to look again at their own case's decision (LC-14); casework uses ReconsiderationCasework"),
            rule("ReconsiderationService#ask", PARENTS, "a parent asks us to look again at their own case's decision (LC-14); casework uses ReconsiderationCasework"),
            rule("ReconsiderationService#check", PARENTS, "a parent asks us to look again at their own case's decision (LC-14); casework uses ReconsiderationCasework"),
            rule("ReconsiderationService#decisions", PARENTS, "a parent asks us to look again at their own case's decision (LC-14); casework uses ReconsiderationCasework"),
            rule("ReconsiderationService#isLate", PARENTS, "a parent asks us to look again at their own case's decision (LC-14); casework uses ReconsiderationCasework"),
            rule("ReconsiderationService#myReconsiderations", PARENTS, "a parent asks us to look again at their own case's decision (LC-14); casework uses ReconsiderationCasework"),
            rule("ReconsiderationService#recordAppeal", PARENTS, "a parent asks us to look again at their own case's decision (LC-14); casework uses ReconsiderationCasework"),
            rule("DecisionLetterChallenges#challenges", PARENTS, "each decision letter's dates and \"Ask us to look again\" in the parties' Documents (LC-14.2); casework uses ReconsiderationCasework"),
            rule("ComplaintService#myComplaints", PARENTS, "a parent's own complaints about their case (LC-15); casework uses the complaints queue"),
            rule("ComplaintService#myComplaint", Set.of(), "the fixture's id is no complaint of the caller's: a complaint is its complainant's only; strangers are refused regardless"),
            rule("ComplaintService#askForReview", Set.of(), "as ComplaintService#myComplaint"),
            rule("OrderNoticeDocuments#open", Set.of(), "the fixture's key is no order notice: everyone is refused; the paying parent's path is in DeductionOrdersIT"),
            rule("OrganisationUserService#colleague", Set.of(), "accountId is case A's receiving parent: nobody's colleague, so even an employer admin is refused; the admin's own organisation path is in OrganisationUsersIT"),
            rule("OrganisationUserService#changeRole", Set.of(), "as OrganisationUserService#colleague"),
            rule("OrganisationUserService#removeColleague", Set.of(), "as OrganisationUserService#colleague"),
            rule("EnforcementWarningLetters#open", Set.of(), "the fixture's key is no warning letter: everyone is refused; the paying parent's path is in EnforcementStepsIT"),
            rule("ReconsiderationNotices#open", Set.of(), "the fixture's key is no reconsideration notice: everyone is refused; the parents' path is in ReconsiderationIT"),
            rule("SafetyFlags#flagMySafety", PARENTS, "only the parent themself raises their safety flag (LC-17.5)"),
            rule("DeductionService#ordersOnMyCase", Set.of(Caller.OTHER_PARENT, Caller.CASEWORKER), "the paying parent's view of orders on their case (LC-13); the receiving parent is refused once an order exists"),
            rule("EmployerPayments#postDeduction", Set.of(Caller.EMPLOYER_USER), "an employer admin pays money in only for a case its organisation holds an order on (LC-13.5): each side's employer holds one on its own case"),
            rule("DeductionOrderService#documentPdf", Set.of(Caller.CASEWORKER), "documentId is a DEO notice id: the fixtures' letter id is no notice, so everyone but casework (told 'no such order') is refused; the employer/paying-parent path is in the employer tests"),
            rule("ArrangementService#confirm", Set.of(), "the fixture's arrangement is a draft: confirming needs an invited other parent; strangers are refused regardless"),
            rule("ArrangementSharing#confirm", Set.of(), "as ArrangementService#confirm"),
            rule("ArrangementService#invite", Set.of(), "the draft is not agreed yet, so it cannot be shared; strangers are refused regardless"),
            rule("ArrangementSharing#invite", Set.of(), "as ArrangementService#invite"),
            rule("ArrangementService#handoverFor", Set.of(), "only an agreed arrangement is handed over; strangers are refused regardless"),
            rule("ArrangementService#recordPayment", Set.of(), "only an agreed arrangement tracks payments; strangers are refused regardless"),
            rule("ArrangementPaymentTracker#recordPayment", Set.of(), "as ArrangementService#recordPayment"),
            rule("ArrangementService#answerPayment", Set.of(), "only an agreed arrangement tracks payments; strangers are refused regardless"),
            rule("ArrangementPaymentTracker#answerPayment", Set.of(), "as ArrangementService#answerPayment"),
            rule("LegacyCases#details", PARENTS, "a parent's own old-scheme case (issue 16); casework sees the closure programme"),
            rule("LegacyCases#startFamilyArrangement", PARENTS, "each parent of the old-scheme case chooses what they do next"),
            rule("LegacyCases#applyToService", PARENTS, "each parent of the old-scheme case chooses what they do next"),
            rule("LegacyCases#chooseNoArrangement", PARENTS, "each parent of the old-scheme case chooses what they do next"),
            rule("LegacyLetterDocuments#open", Set.of(), "old-scheme letters belong to no new-scheme case: opened as personal documents only, so everyone is refused here"),
            rule("PartnerCentres#referral", Set.of(Caller.PARTNER_USER), "a referral is seen only by the centre that made it (issue 16), never by another centre or a parent"),
            rule("RepresentationService#acceptInvitation", Set.of(), "the fixture's nomination is addressed to another representative's e-mail: only that nominee may accept (RepresentationAccessIT), never another representative"),
            rule("LegalAuthorityService#uploadEvidence", Set.of(), "only the representative who accepted the nomination sends evidence; the fixture's nominee has not accepted (LegalAuthorityIT has the nominee's path)"),
            rule("DeductionOrderService#myOrder", Set.of(Caller.EMPLOYER_USER), "an employer sees only the orders its organisation holds (LC-13): each side's employer holds its own case's order"),
            rule("PartnerCentres#withdrawSlot", Set.of(Caller.PARTNER_USER), "a centre withdraws only its own slots (issue 16)")));

    private static Map.Entry<String, Rule> rule(String key, Set<Caller> allowed, String why) {
        return Map.entry(key, new Rule(allowed, why));
    }

    @Autowired ApplicationContext ctx;
    @Autowired MatrixFixtures fixtures;
    @Autowired PlatformTransactionManager txManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Target(Object bean, Class<?> type, Method method) {
        String key() {
            return type.getSimpleName() + "#" + method.getName();
        }

        String label() {
            StringBuilder b = new StringBuilder(key()).append('(');
            for (int i = 0; i < method.getParameterCount(); i++) {
                b.append(i == 0 ? "" : ", ").append(method.getParameters()[i].getName());
            }
            return b.append(')').toString();
        }
    }

    @Test
    void every_id_taking_service_method_refuses_whoever_the_rules_refuse() {
        List<Target> targets = idTakingMethods();
        MatrixFixtures.World world = fixtures.build();
        TransactionTemplate tx = new TransactionTemplate(txManager);

        List<String> wrong = new ArrayList<>();
        Map<String, Map<Caller, String>> table = new TreeMap<>();
        int calls = 0;
        for (Target t : targets) {
            Map<Caller, String> row = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                StringBuilder cell = new StringBuilder();
                for (Objects objects : Objects.values()) {
                    if (objects == Objects.MIXED && idParams(t.method()).size() < 2) {
                        continue;
                    }
                    Object[] args = fixtures.arguments(t.bean(), t.method(), world, objects);
                    Outcome got = tx.execute(status -> {
                        status.setRollbackOnly();
                        world.signIn(caller);
                        try {
                            return call(t, args);
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    });
                    calls++;
                    cell.append(objects.name().charAt(objects.name().length() - 1)).append('=')
                            .append(got.name().charAt(0)).append(' ');
                    String problem = check(t, caller, objects, got);
                    if (problem != null) {
                        wrong.add(t.label() + " by " + caller + " on " + objects + ": " + problem);
                    }
                }
                row.put(caller, cell.toString().trim());
            }
            table.put(t.label(), row);
        }

        System.out.println("ACCESS MATRIX (A=case A's objects, B=case B's, D=mixed; R=refused, F=failed otherwise, S=succeeded)");
        table.forEach((m, row) -> System.out.println("  " + m + " -> " + row));
        FAILURES.forEach((k, v) -> System.out.println("  first other failure of " + k + ": " + v));
        System.out.printf("ACCESS MATRIX SIZE: %d methods x %d callers = %d cells (%d calls); skipped: %d classes, %d methods%n",
                targets.size(), Caller.values().length, targets.size() * Caller.values().length, calls,
                SKIPPED_CLASSES.size(), SKIPPED_METHODS.size());
        assertThat(targets).as("id-taking service methods found").hasSizeGreaterThan(40);
        assertThat(wrong).as("access matrix cells that break the rules").isEmpty();
    }

    /** Null when the outcome is what the rules want, else what is wrong. */
    private String check(Target t, Caller caller, Objects objects, Outcome got) {
        boolean allowed = switch (objects) {
            case CASE_A -> allowedOnCaseA(t).contains(caller);
            // Case B belongs to the stranger: they are its owner there; A's people are strangers to it.
            case CASE_B -> caller == Caller.STRANGER_PARENT ? allowedOnCaseA(t).contains(Caller.OWNER)
                    : caller == Caller.CASEWORKER && allowedOnCaseA(t).contains(Caller.CASEWORKER);
            case MIXED -> false;
        };
        if (objects == Objects.MIXED) {
            // Case A's case id with case B's object: must never act on B's object.
            return got == Outcome.SUCCEEDED ? "acted on another case's object through its own case id" : null;
        }
        if (allowed && got == Outcome.REFUSED) {
            return "refused but the rules allow it";
        }
        if (!allowed && got != Outcome.REFUSED) {
            return "not refused (" + got + ") but the rules refuse it";
        }
        return null;
    }

    private Set<Caller> allowedOnCaseA(Target t) {
        Rule explicit = ALLOWED_ON_CASE_A.get(t.key());
        if (explicit != null) {
            return explicit.allowed();
        }
        if (caseworkOnly(t)) {
            return Set.of(Caller.CASEWORKER);
        }
        boolean personal = idParams(t.method()).stream().anyMatch(PERSONAL_IDS::contains);
        if (personal) {
            return Set.of(Caller.OWNER);
        }
        if (idParams(t.method()).contains("organisationId") || idParams(t.method()).contains("orderId")) {
            return Set.of(Caller.EMPLOYER_USER);
        }
        return Set.of(Caller.OWNER, Caller.OTHER_PARENT, Caller.CASEWORKER);
    }

    private static boolean caseworkOnly(Target t) {
        org.springframework.security.access.prepost.PreAuthorize pre =
                t.method().getAnnotation(org.springframework.security.access.prepost.PreAuthorize.class);
        if (pre == null) {
            pre = t.type().getAnnotation(org.springframework.security.access.prepost.PreAuthorize.class);
        }
        return pre != null && pre.value().replace(" ", "").equals("hasRole('CASEWORKER')");
    }

    /** The first non-refusal failure of each method (dummy arguments are expected to cause some). */
    static final Map<String, String> FAILURES = new TreeMap<>();

    private static Outcome call(Target t, Object[] args) {
        try {
            t.method().invoke(t.bean(), args);
            return Outcome.SUCCEEDED;
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            boolean refused = cause instanceof AccessDeniedException
                    || cause instanceof org.springframework.security.core.AuthenticationException;
            if (!refused) {
                FAILURES.putIfAbsent(t.key(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
            return refused ? Outcome.REFUSED : Outcome.FAILED_OTHERWISE;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> idParams(Method m) {
        List<String> out = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            Class<?> type = p.getType();
            boolean idType = type == long.class || type == Long.class || type == String.class;
            if (idType && ID_NAMES.contains(p.getName())) {
                out.add(p.getName());
            }
        }
        return out;
    }

    /** Any {@code long}/{@code Long} parameter named {@code id} or {@code …Id}, or a fixtured id of any type. */
    static boolean takesAnyId(Method m) {
        if (!idParams(m).isEmpty()) {
            return true;
        }
        for (Parameter p : m.getParameters()) {
            boolean number = p.getType() == long.class || p.getType() == Long.class;
            if (number && (p.getName().equals("id") || p.getName().endsWith("Id"))) {
                return true;
            }
        }
        return false;
    }

    /** Every public instance method with an id parameter, of every portal service bean not skipped. */
    private List<Target> idTakingMethods() {
        Map<String, Target> found = new LinkedHashMap<>();
        Set<String> unusedSkips = new TreeSet<>(SKIPPED_CLASSES.keySet());
        Set<String> unusedMethodSkips = new TreeSet<>(SKIPPED_METHODS.keySet());
        Set<String> unusedUnfixtured = new TreeSet<>(UNFIXTURED_REVIEWED.keySet());
        Set<String> unclassified = new TreeSet<>();
        for (String name : ctx.getBeanDefinitionNames()) {
            Object bean = ctx.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!isPortalService(type)) {
                continue;
            }
            if (SKIPPED_CLASSES.containsKey(type.getSimpleName())) {
                unusedSkips.remove(type.getSimpleName());
                continue;
            }
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                        || m.isSynthetic() || m.isBridge() || !takesAnyId(m)) {
                    continue;
                }
                Target t = new Target(bean, type, m);
                if (idParams(m).isEmpty() && !caseworkOnly(t)) {
                    if (UNFIXTURED_REVIEWED.containsKey(t.key())) {
                        unusedUnfixtured.remove(t.key());
                    } else {
                        unclassified.add(t.label());
                    }
                    continue;
                }
                if (SKIPPED_METHODS.containsKey(t.key())) {
                    unusedMethodSkips.remove(t.key());
                    continue;
                }
                m.setAccessible(true);
                found.putIfAbsent(t.label(), t);
            }
        }
        assertThat(unusedSkips).as("allow-listed classes that no longer exist (remove them)").isEmpty();
        assertThat(ALLOWED_ON_CASE_A.keySet()).as("rules for methods that no longer exist (remove them)")
                .allMatch(k -> found.values().stream().anyMatch(t -> t.key().equals(k)));
        assertThat(unusedMethodSkips).as("allow-listed methods that no longer exist (remove them)").isEmpty();
        assertThat(unusedUnfixtured).as("reviewed unfixtured methods that no longer exist (remove them)").isEmpty();
        assertThat(unclassified).as("id-taking service methods neither in the matrix nor reviewed: give them fixtures "
                + "(ID_NAMES, MatrixFixtures) or a reviewed entry in UNFIXTURED_REVIEWED").isEmpty();
        List<Target> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(Target::label));
        return out;
    }

    /**
     * Beans written for the portal (not tests, not Spring's) that other code calls with ids: views,
     * controllers, configuration and repositories are out by kind (pages and endpoints call services,
     * which are what is checked here).
     */
    private static boolean isPortalService(Class<?> type) {
        if (!type.getName().startsWith("org.childmaintenance.") || type.getName().contains(".ui.")) {
            return false;
        }
        if (com.vaadin.flow.component.Component.class.isAssignableFrom(type)
                || type.isAnnotationPresent(org.springframework.stereotype.Controller.class)
                || type.isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class)
                || type.isAnnotationPresent(org.springframework.context.annotation.Configuration.class)
                || org.springframework.data.repository.Repository.class.isAssignableFrom(type)) {
            return false;
        }
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || !source.getLocation().toString().contains("test-classes");
    }
}
