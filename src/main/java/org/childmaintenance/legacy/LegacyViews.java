package org.childmaintenance.legacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childmaintenance.legacy.LegacyTypes.LetterKind;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyTypes.Role;
import org.childmaintenance.legacy.LegacyTypes.Scheme;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.jspecify.annotations.Nullable;

/** What the legacy feature shows people: read models, already cut to what the asker may see. */
public final class LegacyViews {
    private LegacyViews() {
    }

    /** One thing wrong in an imported file: its line (1 is the header), its column and a text key with arguments. */
    public record RowProblem(int line, String column, String messageKey, List<String> args) {
    }

    /**
     * What an import did. {@code imported} false: the file had problems and nothing was imported
     * (all or nothing); {@code bySegment} counts the cases imported (or that would have been) per segment.
     */
    public record ImportReport(String fileName, int rows, boolean imported, List<RowProblem> problems,
                               Map<Segment, Integer> bySegment) {
    }

    /** The closure programme: cases per segment and stage, and the work waiting. */
    public record Programme(Map<Segment, Map<Stage, Long>> counts, long lettersToPost, long arrearsWaiting) {
        public long count(Segment segment, Stage stage) {
            return counts.getOrDefault(segment, Map.of()).getOrDefault(stage, 0L);
        }
    }

    /** One parent on the casework list: their name, whether they have found their case online, and their choice. */
    public record PartyLine(Role role, String name, boolean linked, @Nullable NextStep nextStep,
                            @Nullable String nextStepDetail, @Nullable LocalDate newCaseStartsOn) {
    }

    /** One case on the casework list. */
    public record CaseLine(long id, String legacyReference, Segment segment, Stage stage, @Nullable LocalDate liabilityEndDate,
                           BigDecimal weeklyAmount, BigDecimal arrears, @Nullable String arrearsCaseReference,
                           List<PartyLine> parties) {
    }

    /** A letter casework must print and post (the parent has no account and no e-mail address on file). */
    public record LetterToPost(long letterId, String legacyReference, String recipientName, LetterKind kind,
                               LocalDate letterDate) {
    }

    /** A closure letter in a parent's list. */
    public record LetterInfo(long id, LetterKind kind, LocalDate letterDate, Instant createdAt) {
    }

    /** A child of the case, as both parents knew them. */
    public record ChildInfo(String name, LocalDate dateOfBirth) {
    }

    /**
     * "Your old-scheme case" as one of its parents (or casework) sees it: the amount, the liability end
     * date, arrears, and what the parent said they will do next. Never the other parent's contact details.
     */
    public record ParentCase(long id, String legacyReference, Scheme scheme, Role myRole, String otherParentName,
                             List<ChildInfo> children, BigDecimal weeklyAmount, @Nullable LocalDate liabilityEndDate,
                             Stage stage, BigDecimal arrears, @Nullable String arrearsCaseReference,
                             @Nullable NextStep nextStep, @Nullable String nextStepDetail,
                             @Nullable LocalDate newCaseStartsOn, List<LetterInfo> letters) {
        /** The day a new-scheme case would start: the day after the liability end date (no gap). */
        public @Nullable LocalDate newSchemeStart() {
            return liabilityEndDate == null ? null : liabilityEndDate.plusDays(1);
        }

        /** The parent may say what they will do next once the end date is known. */
        public boolean mayChoose() {
            return liabilityEndDate != null;
        }
    }

    /** What linking by reference and date of birth did. */
    public enum LinkOutcome { LINKED, NOT_FOUND, TOO_MANY_ATTEMPTS }
}
