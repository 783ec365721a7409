package org.childmaintenance.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.TimeConfig;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.legacy.LegacyViews.ImportReport;
import org.childmaintenance.notification.OutboxProbe;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 17: closure e-mails and posted letters to old-scheme parents with no account go in the language the old
 * scheme recorded for them (import columns paying_parent_language / receiving_parent_language); when it recorded
 * none, in Welsh and then English. Nothing is written in the language of the caseworker who happens to print it.
 */
@PortalTest
class WelshLegacyClosureIT {
    static final ZoneId UK = ZoneId.of(TimeConfig.ZONE_NAME);
    @Autowired LegacyImport imports;
    @Autowired ClosureProgramme programme;
    @Autowired ClosureNotices job;
    @Autowired CaseFixtures fx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private void importCase(String reference, String payingEmail, String receivingEmail, String payingLanguage,
                            String receivingLanguage) {
        String row = LegacyRows.paying(reference, payingEmail, receivingEmail, "45.00", "120.00") + "," + payingLanguage
                + "," + receivingLanguage;
        fx.signInCaseworker();
        ImportReport r = imports.importCases("cases.csv", LegacyRows.file(row));
        SecurityContextHolder.clearContext();
        assertThat(r.problems()).isEmpty();
    }

    /** Sends the 6-month notice of a case ending in 7 months. */
    private void noticeDay(String reference) {
        LocalDate end = LocalDate.now(clock).plusMonths(7).withDayOfMonth(15);
        programme.setEndDateAsSystem(reference, end);
        clock.set(end.minusMonths(6).atTime(9, 0).atZone(UK).toInstant());
        job.run();
    }

    private String subjectTo(String email) {
        return jdbc.queryForObject("select subject from outbound_mail where recipient = ? order by id desc limit 1",
                String.class, email);
    }

    private static String email(String who) {
        return "legacy-" + who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    @Test
    void the_email_goes_in_the_recorded_language_or_in_welsh_and_english_when_none_was_recorded() {
        String welsh = email("cy");
        String unknown = email("unknown");
        String reference = LegacyRows.reference();
        importCase(reference, welsh, unknown, "cy", "");
        assertThat(jdbc.queryForList("select p.language from legacy_party p join legacy_case c on c.id = p.legacy_case_id "
                + "where c.legacy_reference = ? order by p.role", String.class, reference)).containsExactly("cy", null);
        noticeDay(reference);

        String welshSubject = Texts.t(Language.WELSH, "mail.legacy.subject");
        String englishSubject = Texts.t(Language.ENGLISH, "mail.legacy.subject");
        assertThat(subjectTo(welsh)).isEqualTo(welshSubject);
        String welshBody = OutboxProbe.lastBodyTo(jdbc, welsh);
        assertThat(welshBody).startsWith("Helo Pat Payer,").contains("hen gynllun").doesNotContain("Hello", "old scheme");

        assertThat(subjectTo(unknown)).isEqualTo(welshSubject + " / " + englishSubject);
        String both = OutboxProbe.lastBodyTo(jdbc, unknown);
        assertThat(both).startsWith("Helo Rae Receiver,").contains("Hello Rae Receiver,", "/register");
        assertThat(both.indexOf("Helo")).as("Welsh first").isLessThan(both.indexOf("Hello"));
    }

    @Test
    void a_letter_to_post_is_in_the_recorded_language_or_in_both_whoever_prints_it() throws Exception {
        String reference = LegacyRows.reference();
        importCase(reference, "", "", "en", "");
        noticeDay(reference);
        fx.signInCaseworker(); // prints from an English page
        var toPost = programme.lettersToPost().stream().filter(l -> l.legacyReference().equals(reference)).toList();
        assertThat(toPost).hasSize(2);
        String welshTitle = Texts.t(Language.WELSH, "legacy.letter.NOTICE.title");
        String englishTitle = Texts.t(Language.ENGLISH, "legacy.letter.NOTICE.title");
        long payingLetter = letterOf(reference, "PAYING");
        long receivingLetter = letterOf(reference, "RECEIVING");

        String paying = text(Texts.in(Language.WELSH, () -> programme.letterPdf(payingLetter)));
        assertThat(paying).as("recorded English, even printed from a Welsh page").contains(englishTitle).doesNotContain(welshTitle);

        String receiving = text(programme.letterPdf(receivingLetter));
        assertThat(receiving).as("nothing recorded: Welsh, then English").contains(welshTitle, englishTitle, "Rae Receiver");
        assertThat(receiving.indexOf(welshTitle)).isLessThan(receiving.indexOf(englishTitle));
    }

    @Test
    void an_unknown_language_in_the_file_is_a_problem_on_its_row() {
        String row = LegacyRows.paying(LegacyRows.reference(), "", "", "45.00", "0.00") + ",gaelic,";
        fx.signInCaseworker();
        ImportReport r = imports.importCases("cases.csv", LegacyRows.file(row));
        assertThat(r.imported()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("paying_parent_language");
            assertThat(p.messageKey()).isEqualTo("legacy.import.problem.language");
        });
    }

    private long letterOf(String reference, String role) {
        return jdbc.queryForObject("select l.id from legacy_letter l join legacy_party p on p.id = l.party_id "
                + "join legacy_case c on c.id = l.legacy_case_id where c.legacy_reference = ? and p.role = ?",
                Long.class, reference, role);
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
