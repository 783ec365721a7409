package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import static org.childmaintenance.base.Texts.t;

/**
 * "Talk to someone": the link the options journey, the estimate and the arrangement builder show to
 * the outreach feature's start page. A route link by path, so those features do not depend on outreach;
 * {@code from} tells casework where the person was ("options", "estimate", "arrangement").
 */
public final class TalkToSomeoneLink {
    /** The outreach start page's route. */
    public static final String PATH = "talk-to-someone";

    private TalkToSomeoneLink() {
    }

    public static Paragraph paragraph(String from) {
        Anchor link = new Anchor(PATH + "?from=" + from, t("talk.link"));
        link.setId("talk-to-someone");
        Paragraph p = new Paragraph(t("talk.link.lead") + " ");
        p.add(link);
        p.setId("talk-to-someone-" + from);
        return p;
    }
}
