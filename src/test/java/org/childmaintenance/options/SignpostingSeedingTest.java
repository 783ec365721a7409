package org.childmaintenance.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.options.SignpostingService.Topic;
import org.childmaintenance.options.SignpostingService.TopicEdit;
import org.childmaintenance.options.SignpostingService.TopicFile;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: every signposting data file carries a Welsh version, and a database seeded before the files had one
 * gets it at start-up for each topic still as the file seeded it (audited), never for a topic a caseworker changed.
 */
class SignpostingSeedingTest extends KaribuTest {
    /** Phone numbers ("0808 800 4444", "116 123") and web addresses, which the Welsh must keep as the English has them. */
    private static final Pattern CONTACT = Pattern.compile("\\b\\d{3,5}(?: \\d{2,4}){1,3}\\b|www\\.[a-z0-9./-]*[a-z0-9/]");
    private final List<String> restore = new ArrayList<>();

    private static List<TopicFile> files() throws IOException {
        JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<TopicFile> files = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:signposting/*.json")) {
            try (InputStream in = r.getInputStream()) {
                files.add(mapper.readValue(in, TopicFile.class));
            }
        }
        return files;
    }

    private static TopicFile file(String slug) throws IOException {
        return files().stream().filter(f -> f.slug().equals(slug)).findFirst().orElseThrow();
    }

    private JdbcTemplate jdbc() {
        return ctx.getBean(JdbcTemplate.class);
    }

    /** An English-only topic as a database seeded before the data files had Welsh holds it. */
    private void withoutWelsh(String slug) {
        restore.add(slug);
        jdbc().update("update signposting_topic set title_cy = null, summary_cy = null, body_cy = null, who_helps_cy = null,"
                + " how_to_contact_cy = null where slug = ?", slug);
    }

    private int welshAddedEntries(String slug) {
        return jdbc().queryForObject("select count(*) from audit_entry where action = 'SIGNPOSTING_TOPIC_WELSH_ADDED'"
                + " and subject_type = 'signposting-topic' and subject_id = ?", Integer.class, slug);
    }

    private String titleCy(String slug) {
        return jdbc().queryForObject("select title_cy from signposting_topic where slug = ?", String.class, slug);
    }

    private int seed() {
        SecurityContextHolder.clearContext();
        return ctx.getBean(SignpostingService.class).seedMissing();
    }

    /** The topics changed here go back to their data file's texts, English and Welsh. */
    @AfterEach
    void asTheFilesHaveThem() throws IOException {
        for (String slug : restore) {
            TopicFile f = file(slug);
            jdbc().update("update signposting_topic set title = ?, summary = ?, body = ?, who_helps = ?, how_to_contact = ?,"
                    + " title_cy = ?, summary_cy = ?, body_cy = ?, who_helps_cy = ?, how_to_contact_cy = ? where slug = ?",
                    f.title(), f.summary(), f.body(), f.whoHelps(), f.howToContact(), f.titleCy(), f.summaryCy(),
                    f.bodyCy(), f.whoHelpsCy(), f.howToContactCy(), slug);
        }
    }

    @Test
    void every_topic_file_has_all_five_welsh_texts_within_the_limits_keeping_its_numbers_and_addresses() throws IOException {
        List<TopicFile> files = files();
        assertThat(files).extracting(TopicFile::slug).containsExactlyInAnyOrder("benefits", "childrens-arrangements",
                "domestic-abuse", "emotional-support", "housing", "legal-help-and-mediation", "money-and-debt", "work");
        for (TopicFile f : files) {
            String what = f.slug() + ": ";
            assertThat(f.titleCy()).as(what + "title").isNotBlank().hasSizeLessThanOrEqualTo(100).isNotEqualTo(f.title());
            assertThat(f.summaryCy()).as(what + "summary").isNotBlank().hasSizeLessThanOrEqualTo(300).isNotEqualTo(f.summary());
            assertThat(f.bodyCy()).as(what + "text").isNotBlank().hasSizeLessThanOrEqualTo(5000).isNotEqualTo(f.body());
            assertThat(f.whoHelpsCy()).as(what + "who helps").isNotBlank().hasSizeLessThanOrEqualTo(1000)
                    .isNotEqualTo(f.whoHelps());
            assertThat(f.howToContactCy()).as(what + "how to contact").isNotBlank().hasSizeLessThanOrEqualTo(1000)
                    .isNotEqualTo(f.howToContact());
            assertThat(f.bodyCy().split("\\n\\s*\\n")).as(what + "as many paragraphs as the English")
                    .hasSameSizeAs(f.body().split("\\n\\s*\\n"));
            for (String[] texts : List.of(new String[] {f.body(), f.bodyCy()}, new String[] {f.howToContact(), f.howToContactCy()})) {
                Matcher m = CONTACT.matcher(texts[0]);
                while (m.find()) {
                    assertThat(texts[1]).as(what + "keeps " + m.group()).contains(m.group());
                }
            }
        }
        assertThat(jdbc().queryForObject("select count(*) from signposting_topic where title_cy is null", Integer.class))
                .as("a new database gets every topic in Welsh").isZero();
    }

    @Test
    void an_english_only_topic_still_as_its_file_seeded_it_gets_the_welsh_version_once_audited() throws IOException {
        withoutWelsh("housing");
        int before = welshAddedEntries("housing");

        assertThat(seed()).as("no topic added, only a Welsh version").isZero();

        TopicFile f = file("housing");
        assertThat(jdbc().queryForMap("select title_cy, summary_cy, body_cy, who_helps_cy, how_to_contact_cy"
                + " from signposting_topic where slug = 'housing'")).containsValues(f.titleCy(), f.summaryCy(), f.bodyCy(),
                f.whoHelpsCy(), f.howToContactCy());
        assertThat(welshAddedEntries("housing")).isEqualTo(before + 1);
        assertThat(jdbc().queryForObject("select detail from audit_entry where action = 'SIGNPOSTING_TOPIC_WELSH_ADDED'"
                + " and subject_id = 'housing' order by id desc limit 1", String.class)).isEqualTo("housing.json");

        seed();
        assertThat(welshAddedEntries("housing")).as("added once").isEqualTo(before + 1);
    }

    @Test
    void a_topic_whose_english_a_caseworker_edited_keeps_no_welsh_version() throws IOException {
        withoutWelsh("emotional-support");
        signInAs("caseworker@example.com");
        SignpostingService service = ctx.getBean(SignpostingService.class);
        Topic t = service.forEditing("emotional-support").orElseThrow();
        service.update("emotional-support", new TopicEdit(t.title(), t.summary(), t.body(),
                t.whoHelps() + " Your health visitor.", t.howToContact(), t.sourceName(), t.sourceUrl(), t.lastReviewed(),
                t.version(), null));
        int before = welshAddedEntries("emotional-support");

        seed();

        assertThat(titleCy("emotional-support")).as("the file's Welsh no longer matches the edited English").isNull();
        assertThat(welshAddedEntries("emotional-support")).isEqualTo(before);
        assertThat(file("emotional-support").whoHelps()).isNotEqualTo(jdbc().queryForObject(
                "select who_helps from signposting_topic where slug = 'emotional-support'", String.class));
    }

    @Test
    void a_welsh_version_a_caseworker_removed_is_not_put_back() throws IOException {
        restore.add("legal-help-and-mediation");
        signInAs("caseworker@example.com");
        SignpostingService service = ctx.getBean(SignpostingService.class);
        Topic t = service.forEditing("legal-help-and-mediation").orElseThrow();
        assertThat(t.welsh()).isNotNull();
        service.update("legal-help-and-mediation", new TopicEdit(t.title(), t.summary(), t.body(), t.whoHelps(),
                t.howToContact(), t.sourceName(), t.sourceUrl(), t.lastReviewed(), t.version(), null));
        assertThat(titleCy("legal-help-and-mediation")).isNull();
        int before = welshAddedEntries("legal-help-and-mediation");

        seed();

        assertThat(titleCy("legal-help-and-mediation")).as("English unchanged, but the caseworker removed the Welsh").isNull();
        assertThat(welshAddedEntries("legal-help-and-mediation")).isEqualTo(before);
    }
}
