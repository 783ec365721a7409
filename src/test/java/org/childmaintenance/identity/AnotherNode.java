package org.childmaintenance.identity;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Parts of identity as a second node of the portal would have them: its own instances on its own connections. */
public final class AnotherNode {
    private AnotherNode() {
    }

    /** A {@link RateLimits} of another node: nothing shared with this JVM's bean but the database. */
    public static RateLimits rateLimits(DataSource ownConnections, Clock clock) {
        return new RateLimits(new JdbcTemplate(ownConnections), new JdbcTransactionManager(ownConnections), clock);
    }
}
