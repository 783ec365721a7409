package org.childmaintenance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import org.childmaintenance.identity.ui.HomeView;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.support.AopUtils;

/**
 * A page opened again is a fresh page (the pages build what they show when they are made, and a queue opened again
 * after "Assign to me" must show the change): Vaadin reuses the view on the screen when the new one is of the same
 * class, and a view with {@code @RolesAllowed} is a Spring proxy whose class differs, so it is made anew. The
 * advisors of a view's class are worked out once ({@link RouteTargetProxies}), not on every navigation.
 */
class RouteTargetProxiesTest extends KaribuTest {

    @Test
    void opening_the_same_page_again_makes_a_fresh_view_and_the_advisors_are_worked_out_once_per_class() {
        assertThat(ctx.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME))
                .isInstanceOf(RouteTargetProxies.AdvisorsOncePerComponentClass.class);
        signInAs("caseworker@example.com");

        UI.getCurrent().navigate(HomeView.class);
        HasElement first = shownView();
        UI.getCurrent().navigate(HomeView.class);
        HasElement second = shownView();

        assertThat(AopUtils.isAopProxy(first)).as("a view with @RolesAllowed is a Spring proxy").isTrue();
        assertThat(second).as("opened again: a fresh view").isNotSameAs(first).isInstanceOf(HomeView.class);
    }

    private static HasElement shownView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
