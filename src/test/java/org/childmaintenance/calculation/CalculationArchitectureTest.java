package org.childmaintenance.calculation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays plain Java: frameworks only in the api and ui sub-packages. */
class CalculationArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.childmaintenance.calculation")
            .that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.childmaintenance.calculation"));

    @Test
    void engine_classes_use_no_spring_jpa_vaadin_or_jackson() {
        assertThat(engine).as("engine classes imported").hasSizeGreaterThan(10);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "com.vaadin..", "tools.jackson..",
                        "com.fasterxml.jackson..")
                .check(engine);
    }
}
