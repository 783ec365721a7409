package org.childmaintenance.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.childmaintenance.support.ProfileProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Production has no default accounts (ASVS 6.3.2): the demo accounts and every other account made without a
 * person registering exist only with {@code portal.demo-data=true}, which the mariadb profile leaves off.
 */
class NoDemoAccountsInProductionTest {

    private static final DescribedPredicate<JavaClass> ONLY_WITH_DEMO_DATA = DescribedPredicate.describe(
            "only with portal.demo-data=true", type -> type.tryGetAnnotationOfType(ConditionalOnProperty.class)
                    .map(c -> Arrays.asList(c.name()).contains("portal.demo-data") && c.havingValue().equals("true"))
                    .orElse(false));

    @Test
    void the_production_profile_turns_demo_data_off() {
        assertThat(ProfileProperties.of("mariadb").getProperty("portal.demo-data", Boolean.class)).isFalse();
        assertThat(ProfileProperties.of().getProperty("portal.demo-data", Boolean.class)).as("the H2 demo run").isTrue();
    }

    @Test
    void only_demo_data_creates_accounts_without_a_person_registering() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.childmaintenance");
        noClasses().that(DescribedPredicate.not(ONLY_WITH_DEMO_DATA))
                .and().doNotHaveFullyQualifiedName(IdentityService.class.getName())
                .should().callMethodWhere(DescribedPredicate.describe("IdentityService.provisionAccount",
                        call -> call.getTarget().getOwner().isEquivalentTo(IdentityService.class)
                                && call.getName().equals("provisionAccount")))
                .check(main);
        assertThat(DemoAccounts.class.getAnnotation(ConditionalOnProperty.class).havingValue()).isEqualTo("true");
    }
}
