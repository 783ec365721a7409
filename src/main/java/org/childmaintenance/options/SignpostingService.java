package org.childmaintenance.options;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.childmaintenance.audit.AuditRecord;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Sorting out separation": plain-language topic pages saying what kind of organisation helps and
 * how to contact it. The content starts as data files ({@code classpath:signposting/*.json}) that
 * are copied into the database when a topic is missing; caseworkers then keep it up to date in the
 * back office without a release. Every edit is audited.
 */
@Service
public class SignpostingService {
    static final String SUBJECT = "signposting-topic";
    private static final String EDITED = "SIGNPOSTING_TOPIC_EDITED";
    /** In an edit's audit detail when the Welsh version was written, changed or removed ("Welsh version removed"). */
    private static final String WELSH_VERSION_CHANGED = "Welsh version";
    private static final Logger log = LoggerFactory.getLogger(SignpostingService.class);
    private static final Pattern URL = Pattern.compile("^https://[^\\s<>\"]+$");

    /**
     * A topic as people read it: its texts in {@code language} (Welsh when the reader reads Welsh and the topic has
     * a Welsh version, else English). {@code welsh} is the Welsh version, if any (for the back office).
     * {@code version} guards against two caseworkers editing at once.
     */
    public record Topic(String slug, String title, String summary, String body, String whoHelps, String howToContact,
                        String sourceName, String sourceUrl, LocalDate lastReviewed, long version, Language language,
                        @Nullable WelshText welsh) {
        /** The body split into paragraphs at blank lines. */
        public List<String> paragraphs() {
            return List.of(body.split("\\n\\s*\\n")).stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
        }
    }

    /** A topic's Welsh version (issue 17): the five texts a reader sees, written by a caseworker. */
    public record WelshText(String title, String summary, String body, String whoHelps, String howToContact) {
    }

    /**
     * What a caseworker typed on the edit form. {@code version} is the one they started from. {@code welsh}: the
     * Welsh version; all of it blank (or null) means the topic has none.
     */
    public record TopicEdit(String title, String summary, String body, String whoHelps, String howToContact,
                            String sourceName, String sourceUrl, LocalDate lastReviewed, long version,
                            @Nullable WelshText welsh) {
    }

    /** The shape of a data file under {@code signposting/}. */
    record TopicFile(String slug, int order, String title, String summary, String body, String whoHelps,
                     String howToContact, String sourceName, String sourceUrl, LocalDate lastReviewed,
                     @Nullable String titleCy, @Nullable String summaryCy, @Nullable String bodyCy,
                     @Nullable String whoHelpsCy, @Nullable String howToContactCy) {
    }

    private final SignpostingTopicRepository topics;
    private final AuditService audit;
    private final Clock clock;

    SignpostingService(SignpostingTopicRepository topics, AuditService audit, Clock clock) {
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every topic, in the order the finder lists them. Public. */
    @Transactional(readOnly = true)
    public List<Topic> topics() {
        Language language = Texts.language();
        return topics.findAllByOrderBySortOrderAscIdAsc().stream().map(t -> toTopic(t, language)).toList();
    }

    /** One topic by its slug (the last part of its address). Public. */
    @Transactional(readOnly = true)
    public Optional<Topic> topic(String slug) {
        Language language = Texts.language();
        return topics.findBySlug(slug).map(t -> toTopic(t, language));
    }

    /** One topic for the back office's edit form: its English texts, with its Welsh version if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public Optional<Topic> forEditing(String slug) {
        return topics.findBySlug(slug).map(t -> toTopic(t, Language.ENGLISH));
    }

    /**
     * A caseworker's edit of a topic. Every field is required, the source must be an https address and
     * the review date cannot be in the future. Refused if someone else saved the topic first.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void update(String slug, TopicEdit edit) {
        SignpostingTopic t = topics.findBySlug(slug).orElseThrow(() -> new UserFacingException("error.signposting.notFound"));
        List<FieldError> errors = new ArrayList<>();
        String title = required(edit.title(), "title", 100, errors);
        String summary = required(edit.summary(), "summary", 300, errors);
        String body = required(edit.body(), "body", 5000, errors);
        String whoHelps = required(edit.whoHelps(), "whoHelps", 1000, errors);
        String howToContact = required(edit.howToContact(), "howToContact", 1000, errors);
        String sourceName = required(edit.sourceName(), "sourceName", 200, errors);
        String sourceUrl = required(edit.sourceUrl(), "sourceUrl", 500, errors);
        if (!sourceUrl.isEmpty() && sourceUrl.length() <= 500 && !URL.matcher(sourceUrl).matches()) {
            errors.add(new FieldError("sourceUrl", "error.signposting.sourceUrl.format"));
        }
        @Nullable WelshText welsh = welsh(edit.welsh(), errors);
        LocalDate today = LocalDate.now(clock);
        if (edit.lastReviewed() == null) {
            errors.add(new FieldError("lastReviewed", "error.signposting.lastReviewed.missing"));
        } else if (edit.lastReviewed().isAfter(today)) {
            errors.add(new FieldError("lastReviewed", "error.signposting.lastReviewed.future"));
        } else if (edit.lastReviewed().isBefore(LocalDate.of(2000, 1, 1))) {
            errors.add(new FieldError("lastReviewed", "error.signposting.lastReviewed.tooOld"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        if (t.version != edit.version()) {
            throw new UserFacingException("error.signposting.changedMeanwhile");
        }
        List<String> changed = new ArrayList<>();
        if (!title.equals(t.title)) { changed.add("title"); t.title = title; }
        if (!summary.equals(t.summary)) { changed.add("summary"); t.summary = summary; }
        if (!body.equals(t.body)) { changed.add("body"); t.body = body; }
        if (!whoHelps.equals(t.whoHelps)) { changed.add("who helps"); t.whoHelps = whoHelps; }
        if (!howToContact.equals(t.howToContact)) { changed.add("how to contact"); t.howToContact = howToContact; }
        if (!sourceName.equals(t.sourceName)) { changed.add("source name"); t.sourceName = sourceName; }
        if (!sourceUrl.equals(t.sourceUrl)) { changed.add("source address"); t.sourceUrl = sourceUrl; }
        if (!Objects.equals(welsh, welshOf(t))) {
            changed.add(welsh == null ? WELSH_VERSION_CHANGED + " removed" : WELSH_VERSION_CHANGED);
            setWelsh(t, welsh);
        }
        if (!Objects.equals(edit.lastReviewed(), t.lastReviewed)) { changed.add("last reviewed"); t.lastReviewed = edit.lastReviewed(); }
        if (changed.isEmpty()) {
            return;
        }
        t.updatedAt = clock.instant();
        try {
            topics.saveAndFlush(t);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("error.signposting.changedMeanwhile");
        }
        audit.record(EDITED, SUBJECT, slug, "Changed: " + String.join(", ", changed));
    }

    /** Who changed a topic and when, newest first (back office). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<AuditRecord> history(String slug) {
        return audit.trailOf(SUBJECT, slug, 50);
    }

    /**
     * Copies each data file's topic into the database if no topic with its slug exists yet. A topic already there
     * with no Welsh version gets the file's Welsh version (issue 17: databases seeded before the files had one) when
     * it is still as the file seeded it: its English texts unchanged and no caseworker ever wrote or removed its Welsh
     * version. A topic a caseworker has changed is left as it is. Returns the number of topics added.
     */
    @Transactional
    int seedMissing() {
        JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        int added = 0;
        int welshAdded = 0;
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:signposting/*.json");
            for (Resource file : files) {
                TopicFile f;
                try (InputStream in = file.getInputStream()) {
                    f = mapper.readValue(in, TopicFile.class);
                }
                @Nullable WelshText welsh = welshOf(f, file.getFilename());
                Optional<SignpostingTopic> existing = topics.findBySlug(f.slug());
                if (existing.isPresent()) {
                    if (welsh != null && addWelshIfUntouched(existing.get(), f, welsh)) {
                        audit.record("SIGNPOSTING_TOPIC_WELSH_ADDED", SUBJECT, f.slug(), file.getFilename());
                        welshAdded++;
                    }
                    continue;
                }
                SignpostingTopic t = new SignpostingTopic(f.slug(), f.order(), clock.instant());
                t.title = f.title();
                t.summary = f.summary();
                t.body = f.body();
                t.whoHelps = f.whoHelps();
                t.howToContact = f.howToContact();
                t.sourceName = f.sourceName();
                t.sourceUrl = f.sourceUrl();
                t.lastReviewed = f.lastReviewed();
                setWelsh(t, welsh);
                topics.save(t);
                audit.record("SIGNPOSTING_TOPIC_SEEDED", SUBJECT, f.slug(), file.getFilename());
                added++;
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the signposting data files", e);
        }
        if (added > 0 || welshAdded > 0) {
            log.info("Signposting: {} topic(s) added and {} Welsh version(s) added from data files", added, welshAdded);
        }
        return added;
    }

    /** The data file's Welsh version: all five texts, or none. */
    private static @Nullable WelshText welshOf(TopicFile f, @Nullable String fileName) {
        List<@Nullable String> texts = Arrays.asList(f.titleCy(), f.summaryCy(), f.bodyCy(), f.whoHelpsCy(),
                f.howToContactCy());
        if (texts.stream().allMatch(Objects::isNull)) {
            return null;
        }
        if (texts.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new IllegalStateException("Signposting data file " + fileName + " has only part of a Welsh version");
        }
        return new WelshText(f.titleCy(), f.summaryCy(), f.bodyCy(), f.whoHelpsCy(), f.howToContactCy());
    }

    /**
     * Gives an existing topic the file's Welsh version if it has none and is still as the file seeded it: the same
     * five English texts, and no caseworker edit that wrote or removed a Welsh version. True if it did.
     */
    private boolean addWelshIfUntouched(SignpostingTopic t, TopicFile f, WelshText welsh) {
        boolean englishAsSeeded = f.title().equals(t.title) && f.summary().equals(t.summary) && f.body().equals(t.body)
                && f.whoHelps().equals(t.whoHelps) && f.howToContact().equals(t.howToContact);
        if (t.titleCy != null || !englishAsSeeded
                || audit.hasEntry(SUBJECT, t.slug, EDITED, WELSH_VERSION_CHANGED)) {
            return false;
        }
        setWelsh(t, welsh);
        t.updatedAt = clock.instant();
        topics.save(t);
        return true;
    }

    private static void setWelsh(SignpostingTopic t, @Nullable WelshText welsh) {
        t.titleCy = welsh == null ? null : welsh.title();
        t.summaryCy = welsh == null ? null : welsh.summary();
        t.bodyCy = welsh == null ? null : welsh.body();
        t.whoHelpsCy = welsh == null ? null : welsh.whoHelps();
        t.howToContactCy = welsh == null ? null : welsh.howToContact();
    }

    private static String required(String value, String field, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            errors.add(new FieldError(field, "error.signposting." + field + ".missing"));
        } else if (v.length() > max) {
            errors.add(new FieldError(field, "error.signposting.tooLong"));
        }
        return v;
    }

    /** The Welsh version as typed: null when every field is blank; otherwise every field is required. */
    private static @Nullable WelshText welsh(@Nullable WelshText typed, List<FieldError> errors) {
        if (typed == null || Stream.of(typed.title(), typed.summary(), typed.body(), typed.whoHelps(), typed.howToContact())
                .allMatch(v -> v == null || v.isBlank())) {
            return null;
        }
        return new WelshText(required(typed.title(), "titleCy", 100, errors),
                required(typed.summary(), "summaryCy", 300, errors), required(typed.body(), "bodyCy", 5000, errors),
                required(typed.whoHelps(), "whoHelpsCy", 1000, errors),
                required(typed.howToContact(), "howToContactCy", 1000, errors));
    }

    private static @Nullable WelshText welshOf(SignpostingTopic t) {
        return t.titleCy == null ? null : new WelshText(t.titleCy, Objects.requireNonNullElse(t.summaryCy, ""),
                Objects.requireNonNullElse(t.bodyCy, ""), Objects.requireNonNullElse(t.whoHelpsCy, ""),
                Objects.requireNonNullElse(t.howToContactCy, ""));
    }

    /** The topic in the reader's language: Welsh when asked for and written, else English. */
    private static Topic toTopic(SignpostingTopic t, Language language) {
        WelshText welsh = welshOf(t);
        if (language == Language.WELSH && welsh != null) {
            return new Topic(t.slug, welsh.title(), welsh.summary(), welsh.body(), welsh.whoHelps(), welsh.howToContact(),
                    t.sourceName, t.sourceUrl, t.lastReviewed, t.version, Language.WELSH, welsh);
        }
        return new Topic(t.slug, t.title, t.summary, t.body, t.whoHelps, t.howToContact, t.sourceName, t.sourceUrl,
                t.lastReviewed, t.version, Language.ENGLISH, welsh);
    }
}
