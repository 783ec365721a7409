package org.childmaintenance.base;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Where a {@link Sealing} key comes from. Production (the {@code mariadb} profile) must bring its own key in
 * an environment variable: without one, or with a public development key, the portal refuses to start with
 * one line naming the variable ({@link MissingKey}). The H2 run and the tests use the development key, or a
 * key for this run only where there is none.
 */
public final class SecretKeys {
    /** The profile that is production here (README "Run on MariaDB"). */
    public static final String PRODUCTION_PROFILE = "mariadb";
    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

    private SecretKeys() {
    }

    /** Production refuses to start without its own key; this says which variable to set. */
    public static final class MissingKey extends IllegalStateException {
        private final String variable;

        MissingKey(String variable, String why) {
            super(variable + " " + why + ": the " + PRODUCTION_PROFILE + " profile needs its own key, 32 random bytes"
                    + " in Base64 (for example from `openssl rand -base64 32`)");
            this.variable = variable;
        }

        public String variable() {
            return variable;
        }
    }

    public static boolean production(Environment environment) {
        return environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE));
    }

    /**
     * The sealing for a key setting.
     *
     * @param configured the configured value (blank when the variable is unset)
     * @param variable   the environment variable production sets, for the messages
     * @param devKey     the public development key, or null to use a key for this run only outside production
     * @param production whether the production profile is active
     */
    public static Sealing sealing(@Nullable String configured, String variable, @Nullable String devKey,
                                  boolean production) {
        String key = configured == null ? "" : configured.trim();
        if (production && key.isEmpty()) {
            throw new MissingKey(variable, "is not set");
        }
        if (production && key.equals(devKey)) {
            throw new MissingKey(variable, "is the public development key");
        }
        if (key.isEmpty() && devKey == null) {
            log.warn("{} not set: using a key for this run only (development and tests only)", variable);
            return Sealing.withNewKey();
        }
        if (key.isEmpty() || key.equals(devKey)) {
            log.warn("{} not set: using the public development key (development and tests only)", variable);
            return Sealing.withKey(devKey, variable);
        }
        return Sealing.withKey(key, variable);
    }
}
