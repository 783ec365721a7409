package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The case feature's one public face for other features: each method hands over to the use case
 * that owns it, which checks who is asking ({@code AccessService}, {@code @PreAuthorize}) and audits.
 */
@Service
public class CaseService {

    // ---- What the service returns -------------------------------------------------------

    /** The outcome of saving one page: errors to show, a reason the application cannot go on, or the next page. */
    public record StepResult(List<FieldError> errors, @Nullable String stop, ApplyStep.@Nullable Ref next) {
    }

    /** A sent application. */
    public record Submitted(long caseId, String reference) {
    }

    /** One case in a parent's list. */
    public record CaseSummary(long id, String reference, CaseStatus status, PartyRole myRole, String otherParentName,
                              List<String> childNames) {
    }

    /** A child as both parents may see it. */
    public record ChildView(long id, String name, LocalDate dateOfBirth, int nights, @Nullable LocalDate endedOn) {
    }

    /**
     * One step of how the amount was worked out. {@code language}: the language of {@code explanation}, English for
     * a decision made before explanations were kept in Welsh too (shown to a Welsh reader with a note, issue 17).
     */
    public record ExplanationStep(String step, String explanation, Language language) {
        /** A step written in the current language. */
        public ExplanationStep(String step, String explanation) {
            this(step, explanation, Texts.language());
        }
    }

    /** A decision as both parents may see it (LC-6.1, LC-6.3): the income used, counts, nights, the amount. */
    public record DecisionView(long id, DecisionKind kind, LocalDate effectiveDate, BigDecimal weeklyAmount,
                               String rateBand, @Nullable BigDecimal grossWeeklyIncome, int qualifyingChildren,
                               int relevantOtherChildren, int otherArrangementChildren, String sharedCareNights,
                               ServiceType serviceType, String reason, Instant decidedAt, List<ExplanationStep> steps) {
    }

    /** One instalment of a schedule: the days it pays for [periodStart, periodEnd), when it is due, how much. */
    public record InstalmentView(long id, long decisionId, LocalDate periodStart, LocalDate periodEnd,
                                 LocalDate dueDate, BigDecimal amount) {
    }

    public record TimelineItem(Instant at, String message) {
    }

    /** A letter in a party's Documents; {@code decisionId}: the decision it is the letter of (null if none). */
    public record DocumentInfo(long id, String title, Instant createdAt, @Nullable Long decisionId) {
        public DocumentInfo(long id, String title, Instant createdAt) {
            this(id, title, createdAt, null);
        }
    }

    /** The person's own details on the case (never the other party's). Bank account shown by its last 4 digits. */
    public record MyDetails(String name, @Nullable String address, @Nullable String postcode, @Nullable String phone,
                            @Nullable String email, @Nullable String employer, @Nullable String bankAccountName,
                            @Nullable String bankSortCode, @Nullable String bankAccountEnding) {
    }

    /** Everything "My case" shows one party. */
    public record CaseOverview(long id, String reference, CaseStatus status, PartyRole myRole, String otherParentName,
                               List<ChildView> children, ServiceType serviceType, @Nullable DecisionView decision,
                               @Nullable InstalmentView nextPayment, @Nullable PaymentFrequency paymentFrequency,
                               List<InstalmentView> schedule, @Nullable LocalDate reviewDate,
                               @Nullable LocalDate detailsDueDate, boolean canGiveDetails, List<TimelineItem> timeline,
                               List<DocumentInfo> documents, MyDetails myDetails) {
    }

    /** What the other parent sees before linking with their code. */
    public record InvitationPreview(String caseReference, PartyRole yourRole, String applicantName,
                                    List<String> childNames) {
    }

    /** What a reported change would do (shown before it is sent). */
    public record ChangePreview(BigDecimal currentWeekly, @Nullable BigDecimal newWeekly, boolean newDecision,
                                String explanation, @Nullable LocalDate effectiveDate, boolean closesCase) {
    }

    /** What happened to a reported change. */
    public record ChangeResult(String message, @Nullable DecisionView decision) {
    }

    /** A line in a caseworker queue. */
    public record CaseworkItem(long caseId, @Nullable Long taskId, String reference, CaseStatus status, Instant createdAt,
                               String receivingName, String payingName, @Nullable LocalDate detailsDueDate,
                               @Nullable String note) {
    }

    /** The caseworker's queues. */
    public record CaseworkQueues(List<CaseworkItem> findingOtherParent, List<CaseworkItem> parentage,
                                 List<CaseworkItem> awaitingDetails, List<CaseworkItem> closureRequests,
                                 List<CaseworkItem> possibleDuplicates) {
    }

    /** How a parentage dispute was settled (LC-5.2, LC-5.4). */
    public enum ParentageOutcome { PRESUMED, DNA_CONFIRMED, DNA_EXCLUDED }

    /** Refused: a child already has an open case (LC-2.2, LC-3.5). */
    public static class DuplicateApplicationException extends UserFacingException {
        private final String childName;

        DuplicateApplicationException(String childName) {
            super("error.apply.duplicate");
            this.childName = childName;
        }

        public String childName() {
            return childName;
        }
    }

    /** A child someone already told us about elsewhere (for example in a family-based arrangement). */
    public record KnownChild(String name, @Nullable LocalDate dateOfBirth) {
    }

    /**
     * An application that continues an earlier case (an old-scheme case that is closing): who applies,
     * what is known of the other parent and the children, the earlier case's reference, and the day the
     * new case should start ({@code startsOn}, the day after the earlier case's liability ends).
     */
    public record Continuation(ApplicantType applicantType, String otherParentName, @Nullable LocalDate otherDateOfBirth,
                               @Nullable String otherEmail, List<KnownChild> children, String continuesFrom,
                               LocalDate startsOn) {
    }

    // ---- The use cases ------------------------------------------------------------------

    private final ApplicationJourney application;
    private final OtherParentLink link;
    private final CaseworkActions casework;
    private final CaseClosure closure;
    private final PayingParentDetails details;
    private final CaseReading reading;
    private final ChangeReporting changes;
    private final CaseParties caseParties;

    CaseService(ApplicationJourney application, OtherParentLink link, CaseworkActions casework, CaseClosure closure,
                PayingParentDetails details, CaseReading reading, ChangeReporting changes, CaseParties caseParties) {
        this.application = application;
        this.link = link;
        this.casework = casework;
        this.closure = closure;
        this.details = details;
        this.reading = reading;
        this.changes = changes;
        this.caseParties = caseParties;
    }

    // ---- Apply (ApplicationJourney) ----------------------------------------------

    public ApplicationDraft myDraft() {
        return application.myDraft();
    }

    public boolean hasDraft() {
        return application.hasDraft();
    }

    public List<ApplyStep.Ref> applicationSteps(ApplicationDraft draft) {
        return application.applicationSteps(draft);
    }

    public ApplyStep.Ref resumeStep(ApplicationDraft draft) {
        return application.resumeStep(draft);
    }

    public boolean stepComplete(ApplyStep.Ref ref, ApplicationDraft draft) {
        return application.stepComplete(ref, draft);
    }

    public StepResult saveStep(ApplyStep.Ref ref, ApplicationDraft draft, boolean returningToCheck) {
        return application.saveStep(ref, draft, returningToCheck);
    }

    public void prefillDraft(@Nullable String otherParentName, List<KnownChild> children) {
        application.prefillDraft(otherParentName, children);
    }

    public void prefillContinuation(Continuation continuation) {
        application.prefillContinuation(continuation);
    }

    public void removeChild(int index) {
        application.removeChild(index);
    }

    public void discardDraft() {
        application.discardDraft();
    }

    public Submitted submitApplication() {
        return application.submitApplication();
    }

    public Submitted sentApplication(long caseId) {
        return reading.sentApplication(caseId);
    }

    // ---- The other parent (OtherParentLink) --------------------------------------

    public InvitationPreview previewInvitation(String code) {
        return link.previewInvitation(code);
    }

    public long acceptInvitation(String code, @Nullable Boolean acceptsParentage) {
        return link.acceptInvitation(code, acceptsParentage);
    }

    public long acceptInvitation(String code, @Nullable Boolean acceptsParentage, @Nullable Boolean safetyConcern) {
        return link.acceptInvitation(code, acceptsParentage, safetyConcern);
    }

    // ---- Caseworkers (CaseworkActions, CaseClosure) ----------------------

    public CaseworkQueues caseworkQueues() {
        return casework.caseworkQueues();
    }

    public void recordOtherParentFound(long caseId) {
        casework.recordOtherParentFound(caseId);
    }

    public byte[] invitationLetter(long caseId) {
        return casework.invitationLetter(caseId);
    }

    public void resolveParentage(long caseId, ParentageOutcome outcome) {
        casework.resolveParentage(caseId, outcome);
    }

    public DecisionView applyDefaultRate(long caseId) {
        return casework.applyDefaultRate(caseId);
    }

    public void closeOnRequest(long caseId, long taskId) {
        closure.closeOnRequest(caseId, taskId);
    }

    public void duplicateChecked(long caseId, long taskId) {
        casework.duplicateChecked(caseId, taskId);
    }

    /** Casework moved the case between Direct Pay and Collect and Pay from the payments side (LC-7.2). */
    public void serviceTypeChangedByCasework(long caseId, ServiceType type, String reason) {
        casework.serviceTypeChangedByCasework(caseId, type, reason);
    }

    // ---- Paying parent's details (PayingParentDetails) ---------------------------

    public List<CaseQuestion.Ref> detailsQuestions(long caseId, CaseAnswers answers) {
        return details.detailsQuestions(caseId, answers);
    }

    public DecisionView givePayingDetails(long caseId, CaseAnswers a) {
        return details.givePayingDetails(caseId, a);
    }

    // ---- Reading a case (CaseReading, CaseParties) -----------------------

    public List<CaseSummary> myCases() {
        return reading.myCases();
    }

    public CaseOverview myCase(long caseId) {
        return reading.myCase(caseId);
    }

    public byte[] documentPdf(long caseId, long documentId) {
        return reading.documentPdf(caseId, documentId);
    }

    public DocumentInfo documentInfo(long caseId, long documentId) {
        return reading.documentInfo(caseId, documentId);
    }

    public List<ChildView> caseChildren(long caseId) {
        return reading.caseChildren(caseId);
    }

    public List<FieldError> checkAnswer(long caseId, CaseQuestion.Ref question, CaseAnswers answers) {
        return reading.checkAnswer(caseId, question, answers);
    }

    public boolean directPayAllowed(long caseId) {
        return caseParties.directPayAllowed(caseId);
    }

    // ---- Report a change (ChangeReporting) ---------------------------------------

    public List<ChangeKind> changesICanReport(long caseId) {
        return changes.changesICanReport(caseId);
    }

    public List<CaseQuestion.Ref> changeQuestions(long caseId, ChangeKind kind, CaseAnswers a) {
        return changes.changeQuestions(caseId, kind, a);
    }

    public ChangePreview previewChange(long caseId, ChangeKind kind, CaseAnswers a) {
        return changes.previewChange(caseId, kind, a);
    }

    public ChangeResult reportChange(long caseId, ChangeKind kind, CaseAnswers a) {
        return changes.reportChange(caseId, kind, a);
    }
}
