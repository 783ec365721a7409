package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * A link in the service navigation. Features declare their own links as beans, so a link only
 * appears once its page exists. {@code roles} are Spring authorities without the ROLE_ prefix;
 * empty means everyone signed in.
 */
public record NavItem(String labelKey, Class<? extends Component> target, int order, Set<String> roles) {
}
