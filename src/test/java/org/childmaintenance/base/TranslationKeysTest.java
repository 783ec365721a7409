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
        used.addAll(auditActionKeys());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(props.stringPropertyNames());
        assertThat(missing).as("keys used in code but missing from translations_en.properties").isEmpty();
    }

    /** An audit call: a record…( method of the AuditService (always the field "audit") or any record…("ACTION". */
    private static final Pattern AUDIT_CALL = Pattern.compile(
            "(\\baudit(?:\\.getObject\\(\\))?)?\\.(record\\w*)\\(\\s*([^,)]*)");
    private static final Pattern ACTION = Pattern.compile("^\"([A-Z][A-Z0-9_]*)\"$");
    private static final Pattern CHOICE = Pattern.compile(
            "^[\\w.()!]+\\s*\\?\\s*\"([A-Z][A-Z0-9_]*)\"\\s*:\\s*\"([A-Z][A-Z0-9_]*)\"$");
    private static final Pattern CONSTANT = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    private static final Pattern PREFIX = Pattern.compile("^\"([A-Z][A-Z0-9_]*_)\"\\s*\\+");

    /**
     * The values an action named at run time ("PREFIX_" + value) is completed with in the code: each needs its own
     * audit.action key. A new prefix fails {@link #auditActionKeys} until its values are listed here.
     */
    private static final Map<String, List<String>> COMPLETIONS = Map.of(
            "CASEWORK_ENFORCEMENT_", List.of("ENDED", "WITHDRAWN"), // EnforcementActions#close: EnforcementAction.Status
            "HELP_REQUEST_", List.of("DONE", "ATTENDED", "MISSED"), // OptionsQueue#recordOutcome: RequestStatus
            "LEDGER_", List.of("ENFORCEMENT_CHARGE", "ADJUSTMENT", "WRITE_OFF", "REVERSAL")); // LedgerService#postByCasework

    /**
     * "audit.action." + each action recorded in main code (shown to people by RecentActivityView and CaseRecordView):
     * literal names, either name of a condition ? "A" : "B", a constant of the same file and the listed completions of
     * a prefix. An audit call naming its action any other way fails, as its label could not be checked.
     */
    static Set<String> auditActionKeys() throws IOException {
        Set<String> keys = new TreeSet<>(Set.of("audit.action.ACCESS_DENIED")); // AuditService#recordRefusal
        List<String> unchecked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")
                    && !p.endsWith(Path.of("audit", "AuditService.java"))).toList()) {
                String source = Files.readString(file);
                Matcher m = AUDIT_CALL.matcher(source);
                while (m.find()) {
                    boolean auditService = m.group(1) != null && !m.group(2).equals("recordRefusal");
                    String arg = m.group(3).strip().replaceAll("\\s+", " ");
                    Matcher literal = ACTION.matcher(arg);
                    Matcher choice = CHOICE.matcher(arg);
                    Matcher prefix = PREFIX.matcher(arg);
                    if (literal.find()) {
                        keys.add("audit.action." + literal.group(1));
                    } else if (!auditService) {
                        continue; // another record…( method, like deductions.record(orderId, …), or recordRefusal
                    } else if (choice.find()) {
                        keys.add("audit.action." + choice.group(1));
                        keys.add("audit.action." + choice.group(2));
                    } else if (CONSTANT.matcher(arg).matches()) {
                        Matcher value = Pattern.compile("\\bString\\s+" + arg + "\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"")
                                .matcher(source);
                        if (value.find()) {
                            keys.add("audit.action." + value.group(1));
                        } else {
                            unchecked.add(file.getFileName() + ": " + m.group(2) + "(" + arg);
                        }
                    } else if (prefix.find() && COMPLETIONS.containsKey(prefix.group(1))) {
                        COMPLETIONS.get(prefix.group(1)).forEach(v -> keys.add("audit.action." + prefix.group(1) + v));
                    } else {
                        unchecked.add(file.getFileName() + ": " + m.group(2) + "(" + arg);
                    }
                }
            }
        }
        assertThat(unchecked).as("audit calls whose action this test cannot read (add the way to auditActionKeys)")
                .isEmpty();
        return keys;
    }

    @Test
    void audit_actions_are_found_however_they_are_named() throws IOException {
        assertThat(auditActionKeys()).hasSizeGreaterThan(150).contains(
                "audit.action.SIGN_IN_TWO_FACTOR_SETUP_REQUIRED", // recordSecurityEvent("…"
                "audit.action.APPLICATION_DISCARDED", // audit.record("…"
                "audit.action.MESSAGE_SENT", "audit.action.MESSAGE_NOTE_ADDED", // cond ? "…" : "…"
                "audit.action.SIGNPOSTING_TOPIC_EDITED", // a constant
                "audit.action.CASEWORK_ENFORCEMENT_WITHDRAWN", "audit.action.LEDGER_WRITE_OFF"); // a prefix completed
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
