package org.childmaintenance.base;

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
    PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
        RetryingTransactionManager manager = new RetryingTransactionManager();
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
