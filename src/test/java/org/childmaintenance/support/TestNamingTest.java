package org.childmaintenance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every class with tests runs under the README's test command: its name is matched by the includes (and
 * not the excludes) of one of Surefire's executions in pom.xml. A test class named otherwise would
 * silently never run. Only on-demand benchmarks ({@code *Benchmark}, off unless a system property is set)
 * are left out.
 */
class TestNamingTest {

    /** What one Surefire execution picks up. */
    record Execution(String id, List<Pattern> includes, List<Pattern> excludes) {
        boolean runs(String path) {
            return includes.stream().anyMatch(p -> p.matcher(path).matches())
                    && excludes.stream().noneMatch(p -> p.matcher(path).matches());
        }
    }

    @Test
    void every_class_with_tests_is_picked_up_by_surefire() throws Exception {
        List<Execution> executions = surefireExecutions(Path.of("pom.xml"));
        Set<String> testClasses = classesWithTests();

        assertThat(testClasses).as("classes with test methods found under target/test-classes")
                .hasSizeGreaterThan(40).contains("org/childmaintenance/support/TestNamingTest.java");
        Set<String> neverRun = new TreeSet<>();
        for (String path : testClasses) {
            if (executions.stream().noneMatch(e -> e.runs(path))) {
                neverRun.add(path);
            }
        }
        assertThat(neverRun).as("test classes no Surefire execution runs (name them *Test or *IT)").isEmpty();
    }

    @Test
    void the_check_itself_tells_a_wrongly_named_class_apart() throws Exception {
        List<Execution> executions = surefireExecutions(Path.of("pom.xml"));
        assertThat(executions).extracting(Execution::id).contains("default-test", "browser-tests");
        assertThat(executions.stream().anyMatch(e -> e.runs("org/childmaintenance/ledger/LedgerProperties.java")))
                .isFalse();
        assertThat(executions.stream().filter(e -> e.runs("org/childmaintenance/ledger/LedgerServiceIT.java")))
                .extracting(Execution::id).containsExactly("default-test");
        assertThat(executions.stream().filter(e -> e.runs("org/childmaintenance/browser/BrowserSmokeTest.java")))
                .extracting(Execution::id).containsExactly("browser-tests");
    }

    /** Source-style paths ({@code org/x/FooTest.java}) of top-level classes that hold tests, nested ones included. */
    private static Set<String> classesWithTests() throws IOException, URISyntaxException {
        Path root = Path.of(TestNamingTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found = new TreeSet<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root)) {
            classFiles = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            String className = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
            Class<?> type;
            try {
                type = Class.forName(className, false, TestNamingTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (hasTests(type)) {
                String topLevel = relative.contains("$") ? relative.substring(0, relative.indexOf('$')) : relative
                        .substring(0, relative.length() - ".class".length());
                found.add(topLevel + ".java");
            }
        }
        return found;
    }

    private static boolean hasTests(Class<?> type) {
        if (java.lang.reflect.Modifier.isAbstract(type.getModifiers()) || type.isInterface() || onDemand(type)) {
            return false;
        }
        return !AnnotationSupport.findAnnotatedMethods(type, Testable.class, HierarchyTraversalMode.TOP_DOWN).isEmpty()
                || !AnnotationSupport.findAnnotatedFields(type, Testable.class).isEmpty();
    }

    /**
     * A benchmark run only on request ({@code -Dtest=XBenchmark -D...}): named {@code *Benchmark} and switched
     * off unless a system property is set, so the test command could not run it anyway.
     */
    private static boolean onDemand(Class<?> type) {
        return type.getSimpleName().endsWith("Benchmark")
                && type.isAnnotationPresent(org.junit.jupiter.api.condition.EnabledIfSystemProperty.class);
    }

    /** The default execution (plugin-level includes/excludes) and every named one, as regular expressions. */
    static List<Execution> surefireExecutions(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Element plugin = null;
        for (Element p : children(child(child(doc.getDocumentElement(), "build"), "plugins"), "plugin")) {
            if ("maven-surefire-plugin".equals(text(child(p, "artifactId")))) {
                plugin = p;
            }
        }
        assertThat(plugin).as("maven-surefire-plugin in pom.xml").isNotNull();
        Element config = child(plugin, "configuration");
        List<Pattern> includes = globs(config, "includes", "include");
        List<Pattern> excludes = globs(config, "excludes", "exclude");
        List<Execution> executions = new ArrayList<>();
        executions.add(new Execution("default-test", includes, excludes));
        for (Element e : children(child(plugin, "executions"), "execution")) {
            Element c = child(e, "configuration");
            executions.add(new Execution(text(child(e, "id")),
                    c != null && child(c, "includes") != null ? globs(c, "includes", "include") : includes,
                    c != null && child(c, "excludes") != null ? globs(c, "excludes", "exclude") : excludes));
        }
        return executions;
    }

    private static List<Pattern> globs(Element config, String list, String item) {
        return children(child(config, list), item).stream().map(e -> glob(text(e))).toList();
    }

    /** Surefire's Ant-style pattern: {@code **}/ any folders, {@code *} any name part. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (ch == '*') {
                regex.append("[^/]*");
            } else if (ch == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.getFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }
}
