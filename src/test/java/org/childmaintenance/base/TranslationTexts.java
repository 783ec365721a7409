package org.childmaintenance.base;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The texts of a translations file ("en" or "cy"), key to text, for tests that compare the languages. */
public final class TranslationTexts {
    private TranslationTexts() {
    }

    public static Map<String, String> load(String language) throws IOException {
        Properties p = new Properties();
        Path file = Path.of("src/main/resources/vaadin-i18n/translations_" + language + ".properties");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> texts = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
        return texts;
    }
}
