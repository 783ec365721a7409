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
 * Every text key the code uses exists in translations_en.properties (no "!key" shown to people), and no
 * key is defined twice (the later one would silently replace the earlier one's text).
 */
class TranslationKeysTest {
    private static final Path TRANSLATIONS = Path.of("src/main/resources/vaadin-i18n/translations_en.properties");
    private static final Pattern[] USES = {
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\\bt\\(\\s*\"([^\"]+)\""),
            Pattern.compile("new NavItem\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\"((?:error|mail|audit\\.action)\\.[A-Za-z0-9.-]+)\""),
    };

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(TRANSLATIONS, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : USES) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) { // a prefix completed at run time, like "employerRole." + role
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(100);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(props.stringPropertyNames());
        assertThat(missing).as("keys used in code but missing from translations_en.properties").isEmpty();
    }

    @Test
    void no_key_is_defined_twice() throws IOException {
        Map<String, List<Integer>> lines = keyLines(Files.readAllLines(TRANSLATIONS, StandardCharsets.UTF_8));
        assertThat(lines).as("keys in translations_en.properties").hasSizeGreaterThan(100);
        Map<String, List<Integer>> twice = new TreeMap<>();
        lines.forEach((key, at) -> {
            if (at.size() > 1) {
                twice.put(key, at);
            }
        });
        assertThat(twice).as("keys defined more than once (key=line numbers)").isEmpty();
    }

    /** Java keeps the last of two definitions: a stale Welsh copy left by a merge would win silently. */
    @Test
    void no_welsh_key_is_defined_twice() throws IOException {
        Path welsh = TRANSLATIONS.resolveSibling("translations_cy.properties");
        Map<String, List<Integer>> lines = keyLines(Files.readAllLines(welsh, StandardCharsets.UTF_8));
        assertThat(lines).as("keys in translations_cy.properties").hasSizeGreaterThan(100);
        Map<String, List<Integer>> twice = new TreeMap<>();
        lines.forEach((key, at) -> {
            if (at.size() > 1) {
                twice.put(key, at);
            }
        });
        assertThat(twice).as("Welsh keys defined more than once (key=line numbers)").isEmpty();
    }

    @Test
    void the_duplicate_check_sees_keys_as_java_properties_does() {
        Map<String, List<Integer>> lines = keyLines(List.of("# a.b=comment", "a.b=one \\", "  a.c=continued",
                "a.d = two", "a.e:three", "a.b=again"));
        assertThat(lines).containsOnlyKeys("a.b", "a.d", "a.e");
        assertThat(lines.get("a.b")).containsExactly(2, 6);
    }

    /** Each key with the line numbers (from 1) where it is defined; comments and continuation lines skipped. */
    static Map<String, List<Integer>> keyLines(List<String> file) {
        Map<String, List<Integer>> keys = new TreeMap<>();
        boolean continued = false;
        for (int i = 0; i < file.size(); i++) {
            String line = file.get(i).strip();
            boolean startsEntry = !continued && !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!");
            continued = (continued || startsEntry) && endsWithOddBackslashes(line);
            if (startsEntry) {
                Matcher m = KEY.matcher(line);
                if (m.find()) {
                    keys.computeIfAbsent(m.group(1).replace("\\", ""), k -> new ArrayList<>()).add(i + 1);
                }
            }
        }
        return keys;
    }

    private static final Pattern KEY = Pattern.compile("^((?:\\\\.|[^=:\\s\\\\])+)");

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
