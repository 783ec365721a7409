package org.childmaintenance.browser;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The portal's route templates, found on the class path, each as a pattern for the paths it serves. */
final class RouteTemplates {
    record RouteTemplate(String template, Pattern pattern, int parameters) {
    }

    private RouteTemplates() {
    }

    /** Every @Route and @RouteAlias, static ones first so "apply/check-answers" wins over "apply/:step". */
    static List<RouteTemplate> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<RouteTemplate> out = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.childmaintenance")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                // A view with a URL parameter (HasUrlParameter, e.g. options/end/<outcome>) has one segment more.
                String parameter = com.vaadin.flow.router.HasUrlParameter.class.isAssignableFrom(type)
                        ? "/:parameter?" : "";
                out.add(template(type.getAnnotation(Route.class).value() + parameter));
                for (RouteAlias alias : type.getAnnotationsByType(RouteAlias.class)) {
                    out.add(template(alias.value() + parameter));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        // Pages that exist only in unit tests (e.g. ServiceAccessDeniedViewTest's) are not the portal's routes.
        out.removeIf(r -> r.template().startsWith("test-only/"));
        out.sort(Comparator.comparingInt(RouteTemplate::parameters).thenComparing(RouteTemplate::template));
        return List.copyOf(out);
    }

    /** "case/:caseId([0-9]+)/x/:id?" → a pattern for the path without its leading slash. */
    static RouteTemplate template(String template) {
        StringBuilder regex = new StringBuilder();
        int parameters = 0;
        boolean first = true;
        for (String segment : template.isEmpty() ? new String[0] : template.split("/")) {
            String slash = first ? "" : "/";
            first = false;
            if (segment.startsWith(":")) {
                parameters++;
                boolean optional = segment.contains("?") && !segment.contains("(") || segment.matches(":[^(]*\\?.*");
                int paren = segment.indexOf('(');
                String value = paren >= 0 ? segment.substring(paren, segment.lastIndexOf(')') + 1) : "[^/]+";
                if (segment.startsWith(":") && segment.replaceFirst("\\(.*$", "").endsWith("*")) {
                    value = ".*";
                }
                regex.append(optional ? "(?:" + slash + value + ")?" : slash + value);
            } else {
                regex.append(slash).append(Pattern.quote(segment));
            }
        }
        return new RouteTemplate(template, Pattern.compile(regex.toString()), parameters);
    }
}
