package org.childmaintenance.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the application's data source in the tests' one context: counts the connections the current thread holds
 * now ({@code HELD.get()[0]}) and at most ({@code [1]}) since the array was last replaced. Part of every
 * {@link PortalTest} (not a context of its own: a second application context would replace Spring Security's
 * static context-holder strategy under the first one's beans).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConnectionsPerThread {
    public static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[2]);

    @Bean
    static BeanPostProcessor countConnectionsPerThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return counted(super.getConnection(user, password));
        }

        private static Connection counted(Connection c) {
            int[] held = HELD.get();
            held[0]++;
            held[1] = Math.max(held[1], held[0]);
            boolean[] closed = {false};
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if ("equals".equals(method.getName()) && method.getParameterCount() == 1) {
                            return proxy == args[0]; // the pooled connection is this proxy, not what it wraps
                        }
                        if ("hashCode".equals(method.getName()) && method.getParameterCount() == 0) {
                            return System.identityHashCode(proxy);
                        }
                        if ("close".equals(method.getName()) && !closed[0]) {
                            closed[0] = true;
                            held[0]--;
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
