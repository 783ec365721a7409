package org.childmaintenance.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One Spring configuration for all integration and Karibu tests (so the context is built once):
 * the real application on the MariaDB test database, with a controllable clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfig.class, ConnectionsPerThread.class})
public @interface PortalTest {
}
