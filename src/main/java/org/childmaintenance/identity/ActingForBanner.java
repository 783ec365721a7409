package org.childmaintenance.identity;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The banner at the top of every case page a representative opens: "You are acting for <name> — <scope>". */
public final class ActingForBanner {
    private ActingForBanner() {
    }

    /** Adds the banner as the page's first component when the signed-in person acts for someone on the case. */
    public static void addTo(HasComponents page, ActingFor actingFor, long caseId) {
        actingFor.bannerFor(caseId).ifPresent(text -> {
            Div banner = new Div(new Paragraph(text));
            banner.setId("acting-for");
            banner.addClassName("banner");
            banner.getElement().setAttribute("role", "region");
            banner.getElement().setAttribute("aria-label", text);
            page.addComponentAsFirst(banner);
        });
    }
}
