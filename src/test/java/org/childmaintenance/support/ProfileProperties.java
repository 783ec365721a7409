package org.childmaintenance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The portal's own configuration files for a profile, as Spring Boot layers them (the profile's file over
 * application.properties), without this machine's environment variables: what a run with that profile gets
 * when none of its variables is set. For checking a profile's settings without starting a second context.
 */
public final class ProfileProperties {
    private ProfileProperties() {
    }

    /** application.properties, then application-{profile}.properties over it (no profile: the default run). */
    public static ConfigurableEnvironment of(String... profiles) {
        ConfigurableEnvironment env = new AbstractEnvironment() {
        };
        MutablePropertySources sources = env.getPropertySources();
        try {
            sources.addFirst(new ResourcePropertySource("application", new ClassPathResource("application.properties")));
            for (String profile : profiles) {
                sources.addFirst(new ResourcePropertySource("application-" + profile,
                        new ClassPathResource("application-" + profile + ".properties")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.setActiveProfiles(profiles);
        return env;
    }
}
