package org.childmaintenance.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.childmaintenance.support.TestClockConfig;

/**
 * The README's first command runs the portal on embedded H2 with every feature's demo data: Flyway's
 * scripts and Hibernate's schema validation must agree on H2 too (tests otherwise run on MariaDB).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:startup;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "spring.datasource.driver-class-name=org.h2.Driver",
        "portal.demo-data=true", "portal.attachments.dir=${java.io.tmpdir}/cmportal-h2-startup-${random.uuid}"})
@Import(TestClockConfig.class) // the test fixtures on the class path need the movable clock
class H2StartupTest {
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_default_run_starts_on_h2_with_every_features_demo_data() {
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from cm_case", Integer.class)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from deo_order", Integer.class)).isGreaterThanOrEqualTo(1);
    }
}
