package org.childmaintenance.audit;

import java.lang.reflect.Method;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Names the actor of what a scheduled job changes: while a portal {@code @Scheduled} method runs on its
 * thread, audit entries written with nobody signed in say {@code system (<job>)} (the ShedLock name, else
 * the class and method) instead of "anonymous", so the trail tells a job's work from a visitor's.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobActor {
    private static final ThreadLocal<String> JOB = new ThreadLocal<>();

    /** The label of the job running on this thread, or null. */
    static String current() {
        return JOB.get();
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor scheduledJobActorAdvisor() {
        ClassFilter portal = type -> type.getName().startsWith("org.childmaintenance.");
        ComposablePointcut jobs = new ComposablePointcut(new AnnotationMatchingPointcut(null, Scheduled.class, true))
                .intersection(portal);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(jobs, new Naming());
        advisor.setOrder(-1);
        return advisor;
    }

    static String labelOf(Method method) {
        SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
        String name = lock != null && !lock.name().isBlank() ? lock.name()
                : method.getDeclaringClass().getSimpleName() + "." + method.getName();
        return "system (" + name + ")";
    }

    private static final class Naming implements MethodInterceptor {
        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            String outer = JOB.get();
            JOB.set(labelOf(invocation.getMethod()));
            try {
                return invocation.proceed();
            } finally {
                if (outer == null) {
                    JOB.remove();
                } else {
                    JOB.set(outer);
                }
            }
        }
    }
}
