package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key the code uses exists in translations_en.properties (no "!key" shown to people). */
class TranslationKeysTest {
    private static final Pattern[] USES = {
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\\bt\\(\\s*\"([^\"]+)\""),
            Pattern.compile("new NavItem\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\"((?:error|mail|audit\\.action)\\.[A-Za-z0-9.]+)\""),
    };

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations_en.properties"),
                StandardCharsets.UTF_8)) {
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
}
