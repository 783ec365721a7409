package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.ui.OneQuestionPage;

/** A case question page: the portal's {@link OneQuestionPage} showing a {@link QuestionForm}. */
abstract class QuestionPage extends OneQuestionPage {
    protected QuestionForm form;

    /** Shows a question; {@code onContinue} runs after the typed values are written back. */
    protected void showQuestion(QuestionForm form, Component back, String buttonText, Runnable onContinue) {
        this.form = form;
        showQuestion(back, null, form.heading(), form.hint(), continueButton("continue", buttonText, () -> {
            form.clearErrors();
            form.write();
            onContinue.run();
        }), form.content());
    }

    /** Shows the service's field errors (translation keys) and the page's own, in page order. */
    protected void showErrors(List<FieldError> errors) {
        Map<String, String> messages = new LinkedHashMap<>();
        form.ownProblems().forEach((field, key) -> messages.put(field, getTranslation(key)));
        for (FieldError e : errors) {
            messages.putIfAbsent(e.field(), getTranslation(e.message()));
        }
        showErrors(form.showErrors(messages));
    }

    /** True if the page itself found a problem (a date that is not real); shows it. */
    protected boolean ownProblemsShown() {
        if (form.ownProblems().isEmpty()) {
            return false;
        }
        showErrors(List.of());
        return true;
    }

    /** The title of a page that is not a question (check answers, done, stop pages). */
    protected void setPageTitle(String title) {
        setQuestionTitle(title);
    }

    protected static Anchor backAnchor(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setId("back-link");
        return a;
    }
}
