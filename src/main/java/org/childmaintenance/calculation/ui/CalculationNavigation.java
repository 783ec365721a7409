package org.childmaintenance.calculation.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalculationNavigation {
    /** Parents can reach the estimate calculator from the menu too (it is also linked from the start page). */
    @Bean
    NavItem estimateNavItem() {
        return new NavItem("nav.estimate", EstimateView.class, 50, Set.of("PARENT"));
    }
}
