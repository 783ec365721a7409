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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        topic = signposting.topic(slug).orElse(null);
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
        add(Forms.group(title), Forms.group(summaryField), Forms.group(body), Forms.group(whoHelps),
                Forms.group(howToContact), Forms.group(sourceName), Forms.group(sourceUrl), Forms.group(lastReviewed),
                Forms.primary("save", getTranslation("signposting.edit.save"), e -> save()));
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
        Forms.clearErrors(title, summaryField, body, whoHelps, howToContact, sourceName, sourceUrl);
        lastReviewed.clearError();
        String dateProblem = lastReviewed.problemKey().orElse(null);
        try {
            signposting.update(slug, new TopicEdit(title.getValue(), summaryField.getValue(), body.getValue(),
                    whoHelps.getValue(), howToContact.getValue(), sourceName.getValue(), sourceUrl.getValue(),
                    dateProblem == null ? lastReviewed.getValue() : null, topic.version()));
            topic = signposting.topic(slug).orElseThrow();
            setShowingErrors(false);
            summary.clear();
            render(getTranslation("signposting.edit.saved"));
        } catch (UserFacingException e) {
            Map<String, Component> fields = Map.of("title", title, "summary", summaryField, "body", body,
                    "whoHelps", whoHelps, "howToContact", howToContact, "sourceName", sourceName,
                    "sourceUrl", sourceUrl, "lastReviewed", lastReviewed);
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
