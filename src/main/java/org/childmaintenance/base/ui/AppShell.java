package org.childmaintenance.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page shell: Lumo, then our plain stylesheet (no frontend bundle build, see ../shared/STACK.md). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/portal.css")
public class AppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Child maintenance: work out, arrange, pay and receive child maintenance.");
    }
}
