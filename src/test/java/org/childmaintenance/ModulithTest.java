package org.childmaintenance;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features use each other only through their published API (top-level package types) and events;
 * {@code base} is an open module every feature may use. Also writes the module documentation to docs/modules.
 */
class ModulithTest {
    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void features_use_each_other_only_through_published_api_and_events() {
        MODULES.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation()
                .writeModuleCanvases();
    }
}
