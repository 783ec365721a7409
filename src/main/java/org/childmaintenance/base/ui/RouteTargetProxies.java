package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.aop.Advisor;
import org.springframework.aop.aspectj.annotation.AnnotationAwareAspectJAutoProxyCreator;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Views are made by Spring on every navigation, and a view with {@code @RolesAllowed} is a Spring proxy (JSR-250
 * method security), which is also why each navigation gets a fresh view, as the pages expect. Spring's auto-proxy
 * creator works out which advisors apply by matching every advisor against every method of the class (a Vaadin
 * component has hundreds) and keeps no result for beans that are not singletons: under load that matching was
 * about 18 % of the portal's CPU (BENCHMARKS.md, "Where the time goes at 500 users"). This keeps the creator Spring
 * configures, with the advisors of each component class worked out once: the advisors are all made when the
 * context starts, and components are made after it, so the answer for a class does not change.
 */
@Configuration(proxyBeanMethods = false)
class RouteTargetProxies {

    @Bean
    static BeanDefinitionRegistryPostProcessor componentAdvisorsOncePerClass() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (registry.containsBeanDefinition(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME)) {
                    BeanDefinition creator = registry.getBeanDefinition(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME);
                    if (AnnotationAwareAspectJAutoProxyCreator.class.getName().equals(creator.getBeanClassName())) {
                        creator.setBeanClassName(AdvisorsOncePerComponentClass.class.getName());
                    }
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                // nothing: only the creator's class changes
            }
        };
    }

    /** Spring's own auto-proxy creator, remembering the advisors of each Vaadin component class. */
    static class AdvisorsOncePerComponentClass extends AnnotationAwareAspectJAutoProxyCreator {
        private final transient Map<Class<?>, List<Advisor>> componentAdvisors = new ConcurrentHashMap<>();

        @Override
        protected List<Advisor> findEligibleAdvisors(Class<?> beanClass, String beanName) {
            if (!Component.class.isAssignableFrom(beanClass)) {
                return super.findEligibleAdvisors(beanClass, beanName);
            }
            List<Advisor> known = componentAdvisors.get(beanClass);
            if (known == null) {
                known = List.copyOf(super.findEligibleAdvisors(beanClass, beanName));
                componentAdvisors.put(beanClass, known);
            }
            return known;
        }
    }
}
