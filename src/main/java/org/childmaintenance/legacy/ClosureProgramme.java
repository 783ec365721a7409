package org.childmaintenance.legacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguagePreferences;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.legacy.LegacyTypes.Delivery;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.childmaintenance.legacy.LegacyViews.CaseLine;
import org.childmaintenance.legacy.LegacyViews.LetterToPost;
import org.childmaintenance.legacy.LegacyViews.PartyLine;
import org.childmaintenance.legacy.LegacyViews.Programme;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's side of the closure programme: cases per segment and stage, the liability end date
 * chosen in bulk per segment (at least 6 months ahead, so the 6-month notice can go out in time), each
 * parent's choice, letters to print and post, and arrears still waiting for a new-scheme case.
 */
@Service
public class ClosureProgramme {
    /** The notice must reach parents at least this long before liability ends. */
    static final int NOTICE_MONTHS = 6;
    /** DESIGN: the programme plans no further ahead than this. */
    static final int MAX_YEARS_AHEAD = 3;
    private final LegacyCaseRepository cases;
    private final LegacyPartyRepository parties;
    private final LegacyLetterRepository letters;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final LanguagePreferences languages;

    ClosureProgramme(LegacyCaseRepository cases, LegacyPartyRepository parties, LegacyLetterRepository letters,
                     CurrentUser currentUser, AuditService audit, Clock clock, LanguagePreferences languages) {
        this.cases = cases;
        this.parties = parties;
        this.letters = letters;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.languages = languages;
    }

    /** Cases per segment and stage, letters waiting to be posted and arrears waiting for a case. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public Programme programme() {
        Map<Segment, Map<Stage, Long>> counts = new EnumMap<>(Segment.class);
        for (Object[] row : cases.countBySegmentAndStage()) {
            counts.computeIfAbsent((Segment) row[0], s -> new EnumMap<>(Stage.class)).put((Stage) row[1], (Long) row[2]);
        }
        return new Programme(counts, letters.findByDeliveryAndPostedAtIsNullOrderByCreatedAtAscIdAsc(Delivery.POST).size(),
                cases.findEndedWithArrearsNotMoved().size());
    }

    /** The cases (up to 500), by segment and end date, with each parent's choice. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<CaseLine> cases() {
        return lines(cases.findTop500ByOrderBySegmentAscLiabilityEndDateAscIdAsc());
    }

    /** Ended cases whose arrears could not move into the ledger yet (no new-scheme case between the parents). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<CaseLine> arrearsWaiting() {
        return lines(cases.findAllById(cases.findEndedWithArrearsNotMoved()));
    }

    /**
     * Sets the liability end date of every case of {@code segment} that has not had its notice yet
     * (a date already announced is never moved). The date must be at least 6 months ahead, so that the
     * notice can reach parents at least 6 months before it, and at most 3 years ahead. Returns how many
     * cases got the date.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public int setEndDates(@Nullable Segment segment, @Nullable LocalDate endDate) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (segment == null) {
            errors.add(new FieldError("segment", "legacy.endDate.error.segment"));
        }
        if (endDate == null) {
            errors.add(new FieldError("endDate", "legacy.endDate.error.missing"));
        } else if (endDate.isBefore(today.plusMonths(NOTICE_MONTHS))) {
            errors.add(new FieldError("endDate", "legacy.endDate.error.tooSoon"));
        } else if (endDate.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.add(new FieldError("endDate", "legacy.endDate.error.tooLate"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        List<LegacyCase> open = new ArrayList<>(cases.findBySegmentAndStage(segment, Stage.END_DATE_NEEDED));
        open.addAll(cases.findBySegmentAndStage(segment, Stage.NOTICE_DUE));
        if (open.isEmpty()) {
            throw UserFacingException.onField("segment", "legacy.endDate.error.noneToSet");
        }
        Long by = currentUser.get().map(PortalUser::accountId).orElse(null);
        open.forEach(c -> c.endOn(endDate, clock.instant(), by));
        audit.record("LEGACY_END_DATES_SET", "legacy-segment", segment.name(), open.size() + " cases end on " + endDate);
        return open.size();
    }

    /**
     * Demo data only (no one signed in): an end date in the past or near future, as if it had been set
     * at least 6 months before it, so the demo can show cases in every stage.
     */
    @Transactional
    void setEndDateAsSystem(String legacyReference, LocalDate endDate) {
        if (currentUser.get().isPresent()) {
            throw new org.springframework.security.access.AccessDeniedException("System use only");
        }
        cases.findByLegacyReference(legacyReference).orElseThrow().endOn(endDate, clock.instant(), null);
    }

    /** Letters for parents with no account and no e-mail address: casework prints and posts them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<LetterToPost> lettersToPost() {
        List<LegacyLetter> waiting = letters.findByDeliveryAndPostedAtIsNullOrderByCreatedAtAscIdAsc(Delivery.POST);
        Map<Long, LegacyParty> byId = parties.findAllById(waiting.stream().map(l -> l.partyId).toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<Long, LegacyCase> caseById = cases.findAllById(waiting.stream().map(l -> l.legacyCaseId).toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return waiting.stream().map(l -> new LetterToPost(l.id, caseById.get(l.legacyCaseId).legacyReference,
                byId.get(l.partyId).fullName, l.kind, l.letterDate)).toList();
    }

    /** A letter to post, as a PDF (printing it is audited). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public byte[] letterPdf(long letterId) {
        LegacyLetter l = letters.findById(letterId).orElseThrow(() -> new UserFacingException("legacy.error.noLetter"));
        audit.record("LEGACY_LETTER_PRINTED", "legacy-letter", Long.toString(letterId), null);
        LegacyParty to = parties.findById(l.partyId).orElseThrow();
        // In the language the addressee chose (on their account, else as the old scheme recorded it); in Welsh and
        // English when neither is known (issue 17), whoever prints it.
        LegacyCase c = cases.findById(l.legacyCaseId).orElseThrow();
        Optional<Language> language = (to.accountId != null ? languages.ofAccount(to.accountId) : Optional.<Language>empty())
                .or(to::knownLanguage);
        return language.map(lang -> Texts.in(lang, () -> LegacyLetters.pdf(c, to, l)))
                .orElseGet(() -> LegacyLetters.bilingualPdf(c, to, l));
    }

    /** Casework posted the letter. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void markPosted(long letterId) {
        LegacyLetter l = letters.findById(letterId).orElseThrow(() -> new UserFacingException("legacy.error.noLetter"));
        if (l.delivery != Delivery.POST || l.postedAt != null) {
            throw new UserFacingException("legacy.error.alreadyPosted");
        }
        l.postedAt = clock.instant();
        l.postedBy = currentUser.get().map(PortalUser::accountId).orElse(null);
        audit.record("LEGACY_LETTER_POSTED", "legacy-letter", Long.toString(letterId), l.kind.name());
    }

    private List<CaseLine> lines(List<LegacyCase> found) {
        Map<Long, List<LegacyParty>> byCase = parties.findByLegacyCaseIdIn(found.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(p -> p.legacyCaseId));
        return found.stream().map(c -> new CaseLine(c.id, c.legacyReference, c.segment, c.stage, c.liabilityEndDate,
                c.weeklyAmount, c.arrearsBalance, c.arrearsCaseReference,
                byCase.getOrDefault(c.id, List.of()).stream()
                        .sorted(java.util.Comparator.comparing(p -> p.role))
                        .map(p -> new PartyLine(p.role, p.fullName, p.accountId != null, p.nextStep, p.nextStepDetail,
                                p.newCaseStartsOn)).toList())).toList();
    }
}
