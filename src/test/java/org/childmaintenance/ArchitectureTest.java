package org.childmaintenance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The structure we promise in STYLE.md, checked on the compiled code. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.childmaintenance");
        assertThat(classes.size()).as("classes imported").isGreaterThan(50);
    }

    @Test
    void views_never_use_repositories_or_entities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void services_and_domain_do_not_depend_on_views_of_other_features() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.childmaintenance.identity")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void features_do_not_reach_into_each_others_entities_or_repositories() {
        for (String feature : new String[] {"identity", "audit", "notification", "calculation", "base", "options", "cases", "ledger", "representation"}) {
            String own = "org.childmaintenance." + feature + "..";
            noClasses().that().resideOutsideOfPackage(own)
                    .should().dependOnClassesThat(
                            com.tngtech.archunit.base.DescribedPredicate.and(
                                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(own),
                                    com.tngtech.archunit.base.DescribedPredicate.or(
                                            com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Repository.class),
                                            com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(Entity.class))))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void features_have_no_dependency_cycles() {
        slices().matching("org.childmaintenance.(*)..").should().beFreeOfCycles().check(classes);
    }
}
