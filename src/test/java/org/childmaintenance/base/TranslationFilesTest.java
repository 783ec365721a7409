package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English and Welsh files stay in step (issue 17): every key in both, the same placeholders in both,
 * apostrophes that MessageFormat keeps, and no key that the code never asks for.
 */
class TranslationFilesTest {
    static final Path EN = Path.of("src/main/resources/vaadin-i18n/translations_en.properties");
    static final Path CY = Path.of("src/main/resources/vaadin-i18n/translations_cy.properties");
    /** {0}, {1,number}, and a choice's nested ones ({0,choice,1#one|1<{0} more}): the index counts, not the form. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*\\.[A-Za-z0-9_-]*");
    /** What code appends to a key it was given: a last segment (".title", ".error", ".done") or a word ("Hint"). */
    private static final Pattern RUN_TIME_SUFFIX = Pattern.compile("\\.?[A-Za-z0-9_-]+");

    @Test
    void every_key_is_in_english_and_in_welsh() throws IOException {
        Set<String> en = load(EN).stringPropertyNames();
        Set<String> cy = load(CY).stringPropertyNames();
        assertThat(en).as("keys in translations_en.properties").hasSizeGreaterThan(1000);
        assertThat(difference(en, cy)).as("keys in English but not in Welsh").isEmpty();
        assertThat(difference(cy, en)).as("keys in Welsh but not in English").isEmpty();
    }

    @Test
    void no_key_is_defined_twice_in_welsh() throws IOException {
        Map<String, List<Integer>> twice = new TreeMap<>();
        TranslationKeysTest.keyLines(Files.readAllLines(CY, StandardCharsets.UTF_8)).forEach((key, at) -> {
            if (at.size() > 1) {
                twice.put(key, at);
            }
        });
        assertThat(twice).as("keys defined more than once in translations_cy.properties").isEmpty();
    }

    @Test
    void placeholders_are_the_same_in_both_languages() throws IOException {
        Properties en = load(EN);
        Properties cy = load(CY);
        Map<String, String> differ = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            String welsh = cy.getProperty(key);
            if (welsh != null && !placeholders(en.getProperty(key)).equals(placeholders(welsh))) {
                differ.put(key, placeholders(en.getProperty(key)) + " in English, " + placeholders(welsh) + " in Welsh");
            }
        }
        assertThat(differ).as("keys whose placeholders differ").isEmpty();
    }

    /**
     * A text with placeholders goes through MessageFormat, where a lone ' starts a quote (the rest of the text
     * would lose its apostrophe and its placeholders): write '' or ’. A text without placeholders is shown as
     * written, so '' there would show twice.
     */
    @Test
    void apostrophes_survive_message_format() throws IOException {
        Map<String, String> wrong = new TreeMap<>();
        for (Path file : List.of(EN, CY)) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                boolean formatted = PLACEHOLDER.matcher(text).find();
                String withoutDoubled = text.replace("''", "");
                if (formatted && withoutDoubled.contains("'")) {
                    wrong.put(file.getFileName() + " " + key, "a lone ' in a text with placeholders");
                } else if (!formatted && text.contains("''")) {
                    wrong.put(file.getFileName() + " " + key, "'' in a text without placeholders");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * A key counts as used when a string literal in the main code names it, or names the start of it that the
     * code completes at run time: a prefix ending in "." (an enum constant's or a field's name is added, like
     * {@code "caseStatus." + status.name()} or {@code "error.arrangement." + field + ".missing"}), or a key
     * given to a shared page that adds one last part ({@code key + ".title"}, {@code key + ".error"},
     * {@code q + "Hint"}). Anything else is a text nobody can see: delete it from both files.
     */
    @Test
    void every_key_is_used_by_the_code() throws IOException {
        Set<String> literals = keyLikeLiterals(Path.of("src/main/java"));
        Set<String> unused = new TreeSet<>();
        for (String key : load(EN).stringPropertyNames()) {
            if (!used(key, literals)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code asks for").isEmpty();
    }

    @Test
    void the_usage_rule_sees_prefixes_and_stems() {
        Set<String> literals = Set.of("caseStatus.", "options.court", "desk.enforcement.end", "complaints.q.what");
        assertThat(used("caseStatus.OPEN", literals)).isTrue();
        assertThat(used("options.court.title", literals)).isTrue();
        assertThat(used("desk.enforcement.end.done", literals)).isTrue();
        assertThat(used("complaints.q.whatHint", literals)).isTrue();
        assertThat(used("options.court.title.more", literals)).as("one added part only").isFalse();
        assertThat(used("mail.caseNews.subject", literals)).isFalse();
        assertThat(placeholders("On {0,date} {1} paid {1}")).isEqualTo("[0, 1]");
        assertThat(placeholders("{0,choice,1#1 payment|1<{0} payments} by {2}")).isEqualTo("[0, 2]");
    }

    static boolean used(String key, Set<String> literals) {
        if (literals.contains(key)) {
            return true;
        }
        for (int i = key.length() - 1; i > 0; i--) {
            String start = key.substring(0, i);
            if (literals.contains(start)
                    && (start.endsWith(".") || RUN_TIME_SUFFIX.matcher(key.substring(i)).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Every string literal in the code that looks like a key or a key's start ("a.b", "a.b."). */
    static Set<String> keyLikeLiterals(Path root) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (KEY_LIKE.matcher(m.group(1)).matches()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The placeholder numbers of a text, "[0, 1]". Their form may differ: English chooses "1 payment" or
     * "2 payments" with {0,choice,..}, Welsh (with six plural forms) writes "Taliadau a gollwyd: {0}".
     */
    static String placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found).toString();
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
