package org.childmaintenance.calculation.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.List;

/** Where someone can go from an estimate. Links are added here as the pages they lead to exist. */
record NextStep(Anchor link) {
    static List<NextStep> available(String startAgainText) {
        Anchor again = new Anchor("estimate", startAgainText);
        again.setId("start-again");
        return List.of(new NextStep(again));
    }
}
