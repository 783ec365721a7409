package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.PortalPage;

/** A one-question page: back link, error summary, the question as H1, hint, fields, Continue. */
abstract class QuestionPage extends PortalPage {
    protected final ErrorSummary summary = new ErrorSummary();
    protected QuestionForm form;
    private String title = "";

    /** Shows a question; {@code onContinue} runs after the typed values are written back. */
    protected void showQuestion(QuestionForm form, Component back, String buttonText, Runnable onContinue) {
        removeAll();
        setShowingErrors(false);
        this.form = form;
        this.title = form.heading();
        if (back != null) {
            back.addClassName("back-link");
            add(back);
        }
        summary.clear();
        add(summary);
        heading(form.heading());
        if (form.hint() != null) {
            Paragraph hint = paragraph(form.hint());
            hint.addClassName("hint");
        }
        add(form.content());
        Button button = Forms.primary("continue", buttonText, e -> {
            form.clearErrors();
            form.write();
            onContinue.run();
        });
        add(button);
        refreshTitle();
    }

    /** Shows the service's field errors (translation keys) and the page's own, in page order. */
    protected void showErrors(List<FieldError> errors) {
        Map<String, String> messages = new LinkedHashMap<>();
        form.ownProblems().forEach((field, key) -> messages.put(field, getTranslation(key)));
        for (FieldError e : errors) {
            messages.putIfAbsent(e.field(), getTranslation(e.message()));
        }
        summary.show(form.showErrors(messages));
        setShowingErrors(true);
    }

    /** True if the page itself found a problem (a date that is not real); shows it. */
    protected boolean ownProblemsShown() {
        if (form.ownProblems().isEmpty()) {
            return false;
        }
        showErrors(List.of());
        return true;
    }

    protected void setPageTitle(String title) {
        this.title = title;
        refreshTitle();
    }

    private void refreshTitle() {
        setShowingErrors(false);
    }

    protected static Anchor backAnchor(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setId("back-link");
        return a;
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
