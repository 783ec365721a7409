package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.childmaintenance.support.ProfileProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Where the sealing keys come from: production (the mariadb profile) refuses to start without its own keys,
 * saying in one line which variable to set; the H2 run and the tests keep working with the development keys.
 */
class SecretKeysTest {
    private static final String DEV = "ZGV2LW9ubHktdG90cC1rZXktbm90LWZvci1wcm9kISE=";
    private static final String OWN = "c2VjcmV0LWtleS1vZi10aGlzLWRlcGxveW1lbnQtMzI=";

    @Test
    void production_without_its_own_key_refuses_with_one_line_naming_the_variable() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> SecretKeys.sealing(missing, "PORTAL_TOTP_KEY", DEV, true))
                    .isInstanceOf(SecretKeys.MissingKey.class)
                    .hasMessageStartingWith("PORTAL_TOTP_KEY is not set: the mariadb profile needs its own key")
                    .hasMessageContaining("openssl rand -base64 32")
                    .hasMessageNotContaining("\n");
        }
        assertThatThrownBy(() -> SecretKeys.sealing(DEV, "PORTAL_TOTP_KEY", DEV, true))
                .hasMessageStartingWith("PORTAL_TOTP_KEY is the public development key");
        assertThatThrownBy(() -> SecretKeys.sealing("", "PORTAL_MAIL_BODY_KEY", null, true))
                .hasMessageStartingWith("PORTAL_MAIL_BODY_KEY is not set");
    }

    @Test
    void production_uses_its_own_key() {
        String sealed = SecretKeys.sealing(OWN, "PORTAL_TOTP_KEY", DEV, true).seal("JBSWY3DPEHPK3PXP");
        assertThat(Sealing.withKey(OWN, "own").open(sealed)).contains("JBSWY3DPEHPK3PXP");
        assertThat(Sealing.withKey(DEV, "dev").open(sealed)).isEmpty();
    }

    @Test
    void development_and_tests_fall_back_to_the_development_key_or_a_key_for_this_run() {
        String sealed = SecretKeys.sealing("", "PORTAL_TOTP_KEY", DEV, false).seal("secret");
        assertThat(Sealing.withKey(DEV, "dev").open(sealed)).contains("secret");
        Sealing oneRun = SecretKeys.sealing(null, "PORTAL_MAIL_BODY_KEY", null, false);
        assertThat(oneRun.open(oneRun.seal("body"))).contains("body");
    }

    @Test
    void the_mariadb_profile_brings_no_key_of_its_own_so_it_needs_the_variables() {
        ConfigurableEnvironment mariadb = ProfileProperties.of("mariadb");
        assertThat(SecretKeys.production(mariadb)).isTrue();
        for (String[] setting : new String[][] {{"portal.security.totp-encryption-key", "PORTAL_TOTP_KEY"},
                {"portal.mail.body-key", "PORTAL_MAIL_BODY_KEY"}}) {
            String configured = mariadb.getProperty(setting[0]);
            assertThat(configured).as(setting[0]).isEmpty();
            assertThatThrownBy(() -> SecretKeys.sealing(configured, setting[1], DEV, true))
                    .hasMessageStartingWith(setting[1] + " is not set");
        }
        ConfigurableEnvironment h2 = ProfileProperties.of();
        assertThat(SecretKeys.production(h2)).isFalse();
        assertThat(h2.getProperty("portal.security.totp-encryption-key")).as("the H2 run and the tests").isNotBlank();
        assertThat(h2.getProperty("portal.mail.body-key")).as("the H2 run and the tests").isNotBlank();
    }

    @Test
    void start_up_fails_with_spring_boots_short_report_naming_the_variable() {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
                null, SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { }));
        SecretKeys.MissingKey missing = new SecretKeys.MissingKey("PORTAL_TOTP_KEY", "is not set");
        FailureAnalysis analysis = analyzers.stream().filter(MissingKeyFailureAnalyzer.class::isInstance)
                .map(a -> a.analyze(new IllegalStateException("Error creating bean 'totpSecretCipher'", missing)))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        assertThat(analysis.getDescription()).startsWith("PORTAL_TOTP_KEY is not set");
        assertThat(analysis.getAction()).isEqualTo("Set PORTAL_TOTP_KEY in the environment and start again.");
    }
}
