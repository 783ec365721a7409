package org.childmaintenance.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.StringJoiner;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.childmaintenance.base.PortalPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Failed authorisations go into the audit trail (ASVS 16.3.2): whenever a portal service refuses someone
 * (an {@link AccessDeniedException} from {@code @PreAuthorize} or from the service's own check), one
 * {@code ACCESS_DENIED} entry says who, which service method and which ids; a case id makes it part of that
 * case's trail. Only refusals that leave the service layer count, named by the function the caller asked for
 * (the outermost service call): a check that another service catches and handles is no failed authorisation.
 * The entry is written after the refused call's transaction has ended (its work is rolled back, and it may
 * hold the audit chain's lock).
 */
@Configuration(proxyBeanMethods = false)
class AccessDenials {
    private static final Logger log = LoggerFactory.getLogger(AccessDenials.class);
    /** How many portal service calls deep this thread is: only the outermost one records. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** Outermost around every {@code @Service} of the portal except the audit's own (before security and transactions). */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor accessDenialsAdvisor(ObjectProvider<AuditService> audit) {
        ClassFilter portal = type -> type.getName().startsWith("org.childmaintenance.")
                && !type.getPackageName().equals(AccessDenials.class.getPackageName());
        ComposablePointcut services = new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true))
                .intersection(portal);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(services, new Recorder(audit));
        advisor.setOrder(0);
        return advisor;
    }

    private record Recorder(ObjectProvider<AuditService> audit) implements MethodInterceptor {
        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException refused) {
                if (depth[0] == 1) {
                    record(invocation, refused);
                }
                throw refused;
            } finally {
                depth[0]--;
            }
        }

        private void record(MethodInvocation invocation, AccessDeniedException refused) {
            PortalPrincipal who = principal();
            Method method = invocation.getMethod();
            Object[] args = invocation.getArguments();
            String subjectType = "service";
            String subjectId = method.getDeclaringClass().getSimpleName() + "#" + method.getName();
            StringJoiner ids = new StringJoiner(", ", subjectId + "(", "): " + refused.getMessage());
            Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length && i < args.length; i++) {
                String name = parameters[i].getName();
                if ((name.endsWith("Id") || name.endsWith("Reference")) && (args[i] instanceof Number || args[i] instanceof String)) {
                    ids.add(name + "=" + args[i]);
                    if (name.equals("caseId") && subjectType.equals("service")) {
                        subjectType = "case";
                        subjectId = String.valueOf(args[i]);
                    }
                }
            }
            String type = subjectType;
            String id = subjectId;
            Runnable write = () -> {
                try {
                    audit.getObject().recordRefusal(who, type, id, ids.toString());
                } catch (RuntimeException e) {
                    log.warn("Could not audit a refused access ({})", ids, e);
                }
            };
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        write.run();
                    }
                });
            } else {
                write.run();
            }
        }

        private static PortalPrincipal principal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getPrincipal() instanceof PortalPrincipal p ? p : null;
        }
    }
}
