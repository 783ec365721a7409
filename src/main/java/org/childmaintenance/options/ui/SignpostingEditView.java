package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.audit.AuditRecord;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.SignpostingService;
import org.childmaintenance.options.SignpostingService.Topic;
import org.childmaintenance.options.SignpostingService.TopicEdit;
import org.childmaintenance.options.SignpostingService.WelshText;
import org.childmaintenance.base.DisplayFormats;

/** Back office: edit one signposting topic (validated; every saved change is audited and listed below). */
@Route(value = "back-office/signposting/:slug", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class SignpostingEditView extends PortalPage implements BeforeEnterObserver {
    private final java.time.ZoneId zone;
    private final SignpostingService signposting;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField title = Forms.text("title", getTranslation("signposting.edit.titleField"), null);
    private final TextArea summaryField = area("summary", "signposting.edit.summary", null);
    private final TextArea body = area("body", "signposting.edit.body", "signposting.edit.body.hint");
    private final TextArea whoHelps = area("who-helps", "signposting.edit.whoHelps", null);
    private final TextArea howToContact = area("how-to-contact", "signposting.edit.howToContact", null);
    private final TextField sourceName = Forms.text("source-name", getTranslation("signposting.edit.sourceName"), null);
    private final TextField sourceUrl = Forms.text("source-url", getTranslation("signposting.edit.sourceUrl"),
            getTranslation("signposting.edit.sourceUrl.hint"));
    private final MemorableDateField lastReviewed = new MemorableDateField("last-reviewed",
            getTranslation("signposting.edit.lastReviewed"), getTranslation("signposting.edit.lastReviewed.hint"), false);
    // The Welsh version (issue 17): all empty means none, and Welsh readers see the English with a Welsh note.
    private final TextField titleCy = welsh(Forms.text("title-cy", getTranslation("signposting.edit.cy.titleField"), null));
    private final TextArea summaryCy = welsh(area("summary-cy", "signposting.edit.cy.summary", null));
    private final TextArea bodyCy = welsh(area("body-cy", "signposting.edit.cy.body", "signposting.edit.body.hint"));
    private final TextArea whoHelpsCy = welsh(area("who-helps-cy", "signposting.edit.cy.whoHelps", null));
    private final TextArea howToContactCy = welsh(area("how-to-contact-cy", "signposting.edit.cy.howToContact", null));
    private String slug;
    private Topic topic;

    public SignpostingEditView(SignpostingService signposting, Clock clock) {
        this.signposting = signposting;
        this.zone = clock.getZone();
        title.addClassName("field--wide");
        sourceName.addClassName("field--wide");
        sourceUrl.addClassName("field--wide");
    }

    private TextArea area(String id, String labelKey, String hintKey) {
        TextArea a = new TextArea(getTranslation(labelKey));
        a.setId(id);
        if (hintKey != null) {
            a.setHelperText(getTranslation(hintKey));
        }
        a.addThemeName("helper-above-field");
        a.addClassName("field--area");
        return a;
    }

    /** A field for Welsh text: the browser's spelling check and screen readers use Welsh. */
    private static <C extends Component> C welsh(C field) {
        field.getElement().setAttribute("lang", "cy");
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        topic = signposting.forEditing(slug).orElse(null);
        if (topic == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(null);
    }

    private void render(String savedMessage) {
        removeAll();
        add(Pages.backLink(SignpostingAdminView.class));
        if (savedMessage != null) {
            add(Pages.banner("saved-banner", savedMessage, getTranslation("signposting.edit.savedBody"), true));
        }
        add(summary);
        heading(getTranslation("signposting.edit.title", topic.title()));
        title.setValue(topic.title());
        summaryField.setValue(topic.summary());
        body.setValue(topic.body());
        whoHelps.setValue(topic.whoHelps());
        howToContact.setValue(topic.howToContact());
        sourceName.setValue(topic.sourceName());
        sourceUrl.setValue(topic.sourceUrl());
        lastReviewed.setValue(topic.lastReviewed());
        WelshText cy = topic.welsh();
        titleCy.setValue(cy == null ? "" : cy.title());
        summaryCy.setValue(cy == null ? "" : cy.summary());
        bodyCy.setValue(cy == null ? "" : cy.body());
        whoHelpsCy.setValue(cy == null ? "" : cy.whoHelps());
        howToContactCy.setValue(cy == null ? "" : cy.howToContact());
        titleCy.addClassName("field--wide");
        add(Forms.group(title), Forms.group(summaryField), Forms.group(body), Forms.group(whoHelps),
                Forms.group(howToContact), Forms.group(sourceName), Forms.group(sourceUrl), Forms.group(lastReviewed));
        H2 welshHeading = new H2(getTranslation("signposting.edit.cy.heading"));
        welshHeading.setId("welsh-version");
        add(welshHeading, new Paragraph(getTranslation(cy == null ? "signposting.edit.cy.none" : "signposting.edit.cy.lead")));
        add(Forms.group(titleCy), Forms.group(summaryCy), Forms.group(bodyCy), Forms.group(whoHelpsCy),
                Forms.group(howToContactCy), Forms.primary("save", getTranslation("signposting.edit.save"), e -> save()));
        RouterLink view = new RouterLink(getTranslation("signposting.edit.view"), SignpostingTopicView.class,
                new com.vaadin.flow.router.RouteParameters("slug", slug));
        add(new Paragraph(view));
        add(new H2(getTranslation("signposting.edit.history")));
        DataTable history = new DataTable(getTranslation("signposting.edit.history.caption"),
                getTranslation("signposting.edit.history.when"), getTranslation("signposting.edit.history.who"),
                getTranslation("signposting.edit.history.what"));
        history.setId("history");
        for (AuditRecord r : signposting.history(slug)) {
            history.row(DisplayFormats.shortDateTime(r.occurredAt(), zone), r.actorLabel(),
                    getTranslation("audit.action." + r.action()) + (r.detail() == null ? "" : " – " + r.detail()));
        }
        add(history);
    }

    private void save() {
        Forms.clearErrors(title, summaryField, body, whoHelps, howToContact, sourceName, sourceUrl, titleCy, summaryCy,
                bodyCy, whoHelpsCy, howToContactCy);
        lastReviewed.clearError();
        String dateProblem = lastReviewed.problemKey().orElse(null);
        try {
            signposting.update(slug, new TopicEdit(title.getValue(), summaryField.getValue(), body.getValue(),
                    whoHelps.getValue(), howToContact.getValue(), sourceName.getValue(), sourceUrl.getValue(),
                    dateProblem == null ? lastReviewed.getValue() : null, topic.version(),
                    new WelshText(titleCy.getValue(), summaryCy.getValue(), bodyCy.getValue(), whoHelpsCy.getValue(),
                            howToContactCy.getValue())));
            topic = signposting.forEditing(slug).orElseThrow();
            setShowingErrors(false);
            summary.clear();
            render(getTranslation("signposting.edit.saved"));
        } catch (UserFacingException e) {
            Map<String, Component> fields = Map.ofEntries(Map.entry("title", title), Map.entry("summary", summaryField),
                    Map.entry("body", body), Map.entry("whoHelps", whoHelps), Map.entry("howToContact", howToContact),
                    Map.entry("sourceName", sourceName), Map.entry("sourceUrl", sourceUrl),
                    Map.entry("lastReviewed", lastReviewed), Map.entry("titleCy", titleCy),
                    Map.entry("summaryCy", summaryCy), Map.entry("bodyCy", bodyCy), Map.entry("whoHelpsCy", whoHelpsCy),
                    Map.entry("howToContactCy", howToContactCy));
            Map<Component, String> errors = new LinkedHashMap<>();
            if (e.fieldErrors().isEmpty()) {
                errors.put(title, getTranslation(e.getMessage()));
            }
            e.fieldErrors().forEach(fe -> errors.putIfAbsent(fields.get(fe.field()), getTranslation(fe.message())));
            if (errors.containsKey(lastReviewed)) {
                String message = dateProblem == null || dateProblem.equals("date.error.missing")
                        ? errors.get(lastReviewed) : getTranslation(dateProblem);
                errors.put(lastReviewed, message);
                lastReviewed.showError(message, dateProblem);
            }
            summary.show(errors);
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("signposting.edit.pageTitle");
    }
}
