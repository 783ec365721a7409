package org.childmaintenance.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.childmaintenance.base.TimeConfig;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.documents.DocumentService;
import org.childmaintenance.legacy.LegacyTypes.LetterKind;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.childmaintenance.legacy.LegacyViews.ImportReport;
import org.childmaintenance.legacy.LegacyViews.LinkOutcome;
import org.childmaintenance.legacy.LegacyViews.ParentCase;
import org.childmaintenance.legacy.LegacyViews.RowProblem;
import org.childmaintenance.notification.OutboxProbe;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Import (valid, invalid, duplicate rows), end dates per segment, the closure letters on their days, and finding a case. */
@PortalTest
class LegacyClosureIT {
    static final ZoneId UK = ZoneId.of(TimeConfig.ZONE_NAME);
    @Autowired LegacyImport imports;
    @Autowired ClosureProgramme programme;
    @Autowired ClosureNotices job;
    @Autowired LegacyCases legacyCases;
    @Autowired DocumentService documents;
    @Autowired CaseFixtures fx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private ImportReport importAsCaseworker(String file) {
        fx.signInCaseworker();
        try {
            return imports.importCases("cases.csv", file);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long casesWith(String reference) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM legacy_case WHERE legacy_reference = ?", Long.class, reference);
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(UK).toInstant());
    }

    @Test
    void a_valid_file_imports_every_case_with_its_parents_children_and_segment() {
        String a = LegacyRows.reference();
        String b = LegacyRows.reference();
        ImportReport r = importAsCaseworker(LegacyRows.file(LegacyRows.paying(a, "", "", "45.00", "300.00"),
                LegacyRows.paying(b, "", "", "0.00", "0.00")));
        assertThat(r.imported()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r.bySegment()).containsEntry(Segment.PAYING, 1).containsEntry(Segment.NIL_ASSESSMENT, 1);
        assertThat(jdbc.queryForList("SELECT segment FROM legacy_case WHERE legacy_reference IN (?, ?) ORDER BY segment",
                String.class, a, b)).containsExactly("NIL_ASSESSMENT", "PAYING");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legacy_party p JOIN legacy_case c ON c.id = p.legacy_case_id "
                + "WHERE c.legacy_reference = ?", Long.class, a)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legacy_child k JOIN legacy_case c ON c.id = k.legacy_case_id "
                + "WHERE c.legacy_reference = ?", Long.class, a)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT stage FROM legacy_case WHERE legacy_reference = ?", String.class, a))
                .isEqualTo("END_DATE_NEEDED");
    }

    @Test
    void a_file_with_one_wrong_row_imports_nothing_and_says_which_line_and_column() {
        String good = LegacyRows.reference();
        String bad = LegacyRows.reference();
        ImportReport r = importAsCaseworker(LegacyRows.file(LegacyRows.paying(good, "", "", "45.00", "0.00"),
                LegacyRows.paying(bad, "", "", "lots", "0.00")));
        assertThat(r.imported()).isFalse();
        assertThat(r.problems()).singleElement().isEqualTo(new RowProblem(3, "weekly_amount", "legacy.import.problem.money",
                List.of()));
        assertThat(casesWith(good)).as("all or nothing: the good row is not imported either").isZero();
    }

    @Test
    void a_case_already_imported_or_twice_in_the_file_is_refused_and_nothing_is_imported() {
        String first = LegacyRows.reference();
        assertThat(importAsCaseworker(LegacyRows.file(LegacyRows.paying(first, "", "", "10.00", "0.00"))).imported()).isTrue();
        String fresh = LegacyRows.reference();
        ImportReport again = importAsCaseworker(LegacyRows.file(LegacyRows.paying(fresh, "", "", "10.00", "0.00"),
                LegacyRows.paying(first, "", "", "10.00", "0.00"), LegacyRows.paying(fresh, "", "", "11.00", "0.00")));
        assertThat(again.imported()).isFalse();
        assertThat(again.problems()).containsExactly(
                new RowProblem(3, "legacy_reference", "legacy.import.problem.alreadyImported", List.of(first)),
                new RowProblem(4, "legacy_reference", "legacy.import.problem.duplicateInFile", List.of("2")));
        assertThat(casesWith(fresh)).isZero();
        assertThat(casesWith(first)).isOne();
    }

    @Test
    void only_casework_imports_and_the_end_date_must_be_at_least_six_months_ahead() {
        fx.signIn(fx.newParent("legacy-not-casework"));
        assertThatThrownBy(() -> imports.importCases("x.csv", LegacyRows.file())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.setEndDates(Segment.CLERICAL, LocalDate.now(clock).plusYears(1)))
                .isInstanceOf(AccessDeniedException.class);

        String clerical = LegacyRows.reference();
        importAsCaseworker(LegacyRows.file(LegacyRows.row(clerical, "Pat Payer", "1984-02-03", "", "Rae Receiver", "1986-07-08",
                "", "Kim Payer|2015-01-01", "20.00", "DIRECT", "0.00", "no", "yes")));
        fx.signInCaseworker();
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> programme.setEndDates(Segment.CLERICAL, today.plusMonths(6).minusDays(1)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message).containsExactly("legacy.endDate.error.tooSoon"));
        assertThatThrownBy(() -> programme.setEndDates(null, null)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.fieldErrors()).extracting(UserFacingException.FieldError::field).containsExactly("segment", "endDate"));
        assertThat(programme.setEndDates(Segment.CLERICAL, today.plusMonths(6))).isPositive();
        assertThat(jdbc.queryForObject("SELECT liability_end_date FROM legacy_case WHERE legacy_reference = ?",
                LocalDate.class, clerical)).isEqualTo(today.plusMonths(6));
        assertThat(programme.programme().count(Segment.CLERICAL, Stage.NOTICE_DUE)).isPositive();
    }

    @Test
    void the_notice_goes_six_months_before_the_reminder_one_month_before_and_the_confirmation_the_day_after() {
        String online = fx.newParent("legacy-online");
        String emailOnly = "legacy-mail-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String reference = LegacyRows.reference();
        importAsCaseworker(LegacyRows.file(LegacyRows.paying(reference, online, emailOnly, "45.00", "120.00")));
        fx.signIn(online);
        assertThat(legacyCases.mine()).extracting(ParentCase::legacyReference).as("found by e-mail").contains(reference);
        SecurityContextHolder.clearContext();
        LocalDate end = LocalDate.now(clock).plusMonths(7).withDayOfMonth(15);
        programme.setEndDateAsSystem(reference, end);

        job.run();
        assertThat(letters(reference)).isEmpty();
        at(end.minusMonths(6).minusDays(1));
        job.run();
        assertThat(letters(reference)).as("the day before the notice date").isEmpty();

        at(end.minusMonths(6));
        job.run();
        assertThat(letters(reference)).containsExactlyInAnyOrder("NOTICE " + end.minusMonths(6) + " PORTAL",
                "NOTICE " + end.minusMonths(6) + " EMAIL");
        assertThat(stage(reference)).isEqualTo("NOTICE_SENT");
        assertThat(OutboxProbe.lastBodyTo(jdbc, emailOnly)).as("the parent with no account is e-mailed")
                .contains("/register").doesNotContain(reference, "45.00");
        job.run();
        assertThat(letters(reference)).as("running again sends nothing twice").hasSize(2);

        at(end.minusMonths(1).minusDays(1));
        job.run();
        assertThat(letters(reference)).hasSize(2);
        at(end.minusMonths(1));
        job.run();
        assertThat(letters(reference)).hasSize(4).contains("REMINDER " + end.minusMonths(1) + " PORTAL");
        assertThat(stage(reference)).isEqualTo("REMINDER_SENT");

        at(end);
        job.run();
        assertThat(letters(reference)).as("liability runs to the end of the end date").hasSize(4);
        at(end.plusDays(1));
        job.run();
        assertThat(letters(reference)).hasSize(6).contains("ENDED " + end.plusDays(1) + " EMAIL");
        assertThat(stage(reference)).isEqualTo("ENDED");

        // The online parent has the three letters in Documents (not tied to a case) and a notice for each.
        fx.signIn(online);
        List<DocumentService.DocumentItem> mine = documents.personalDocuments();
        assertThat(mine).filteredOn(d -> d.title().contains(reference)).hasSize(3)
                .allSatisfy(d -> assertThat(d.source()).isEqualTo("old-scheme"));
        DocumentService.DocumentItem notice = mine.stream().filter(d -> d.title().startsWith("Your old-scheme case is closing"))
                .filter(d -> d.title().contains(reference)).findFirst().orElseThrow();
        assertThat(new String(documents.openPersonal("old-scheme", notice.key()).bytes(), 0, 5)).isEqualTo("%PDF-");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_notification n JOIN account a ON a.id = n.account_id "
                + "WHERE a.email = ? AND n.message_key LIKE 'legacy.notice.%'", Long.class, online)).isEqualTo(3);
        fx.signIn(fx.newParent("legacy-someone-else"));
        assertThatThrownBy(() -> documents.openPersonal("old-scheme", notice.key())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_parent_with_no_account_and_no_email_gets_a_letter_for_casework_to_post() {
        String reference = LegacyRows.reference();
        importAsCaseworker(LegacyRows.file(LegacyRows.paying(reference, "", "", "30.00", "0.00")));
        LocalDate end = LocalDate.now(clock).plusMonths(6).plusDays(3);
        programme.setEndDateAsSystem(reference, end);
        at(end.minusMonths(6));
        job.run();
        assertThat(letters(reference)).containsOnly("NOTICE " + end.minusMonths(6) + " POST");
        fx.signInCaseworker();
        var toPost = programme.lettersToPost().stream().filter(l -> l.legacyReference().equals(reference)).toList();
        assertThat(toPost).hasSize(2).extracting(LegacyViews.LetterToPost::kind).containsOnly(LetterKind.NOTICE);
        assertThat(new String(programme.letterPdf(toPost.getFirst().letterId()), 0, 5)).isEqualTo("%PDF-");
        programme.markPosted(toPost.getFirst().letterId());
        assertThat(programme.lettersToPost()).extracting(LegacyViews.LetterToPost::letterId)
                .doesNotContain(toPost.getFirst().letterId()).contains(toPost.get(1).letterId());
        assertThatThrownBy(() -> programme.markPosted(toPost.getFirst().letterId())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_parent_finds_their_case_by_reference_and_date_of_birth_with_few_attempts() {
        String reference = LegacyRows.reference();
        importAsCaseworker(LegacyRows.file(LegacyRows.paying(reference, "", "", "30.00", "0.00")));
        fx.signIn(fx.newParent("legacy-finder"));
        assertThatThrownBy(() -> legacyCases.linkByReference("", null)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.fieldErrors()).extracting(UserFacingException.FieldError::field)
                        .containsExactly("reference", "dateOfBirth"));
        assertThat(legacyCases.linkByReference(reference, LocalDate.of(1986, 7, 9))).isEqualTo(LinkOutcome.NOT_FOUND);
        assertThat(legacyCases.mine()).extracting(ParentCase::legacyReference).doesNotContain(reference);
        assertThat(legacyCases.linkByReference(" " + reference.toLowerCase() + " ", LocalDate.of(1986, 7, 8)))
                .isEqualTo(LinkOutcome.LINKED);
        ParentCase c = legacyCases.mine().stream().filter(x -> x.legacyReference().equals(reference)).findFirst().orElseThrow();
        assertThat(c.myRole()).isEqualTo(LegacyTypes.Role.RECEIVING);
        assertThat(c.otherParentName()).isEqualTo("Pat Payer");

        // Someone else guessing: the receiving side is taken, and after 5 tries an hour they are stopped.
        fx.signIn(fx.newParent("legacy-guesser"));
        assertThat(legacyCases.linkByReference(reference, LocalDate.of(1986, 7, 8))).isEqualTo(LinkOutcome.NOT_FOUND);
        for (int i = 0; i < 3; i++) {
            legacyCases.linkByReference(reference, LocalDate.of(1980, 1, 1 + i));
        }
        assertThat(legacyCases.linkByReference(reference, LocalDate.of(1981, 1, 1))).isEqualTo(LinkOutcome.NOT_FOUND);
        assertThat(legacyCases.linkByReference(reference, LocalDate.of(1984, 2, 3)))
                .as("even the right answer, after 5 attempts this hour").isEqualTo(LinkOutcome.TOO_MANY_ATTEMPTS);
        assertThatThrownBy(() -> legacyCases.details(c.id())).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> letters(String reference) {
        return jdbc.queryForList("SELECT CONCAT(l.kind, ' ', l.letter_date, ' ', l.delivery) FROM legacy_letter l "
                + "JOIN legacy_case c ON c.id = l.legacy_case_id WHERE c.legacy_reference = ? ORDER BY l.id", String.class, reference);
    }

    private String stage(String reference) {
        return jdbc.queryForObject("SELECT stage FROM legacy_case WHERE legacy_reference = ?", String.class, reference);
    }

}
