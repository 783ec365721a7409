package org.childmaintenance.base;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The portal's transaction manager: Spring Boot's JPA one (with Boot's customizers applied the same way), which
 * begins a transaction once more when its pooled connection has died ({@link RetryingTransactionManager}).
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfig {
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource,
                                                  ObjectProvider<TransactionManagerCustomizers> customizers) {
        RetryingTransactionManager manager = new RetryingTransactionManager(() -> softEvict(dataSource));
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    /** Idle connections are closed now, busy ones when they are given back; new ones are opened as needed. */
    static void softEvict(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException e) {
            // not a Hikari pool after all: the retry still gets another connection from it
        }
    }
}
