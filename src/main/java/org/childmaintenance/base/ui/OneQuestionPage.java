package org.childmaintenance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one-question page every journey uses (UX.md §1 "Question"): back link, error summary,
 * optional caption, the question as H1, optional hint, the fields, one Continue button. Errors show
 * at the fields and in the summary (which takes focus), and the title gets "Error: " meanwhile.
 * Feature pages extend it and only build their fields and decide what Continue does.
 */
public abstract class OneQuestionPage extends PortalPage {
    protected final ErrorSummary summary = new ErrorSummary();
    private String question = "";

    /**
     * Lays the page out afresh; whatever was shown before, errors included, goes.
     *
     * @param back     a back link (or link-styled button), or null on a journey's first page
     * @param caption  the journey's name above the question, or null
     * @param hint     a hint for the whole question, or null (a single field's hint can sit on the field)
     * @param content  the fields (and any text between the question and the fields), in page order
     */
    protected void showQuestion(@Nullable Component back, @Nullable String caption, String question,
                                @Nullable String hint, Component continueButton, Component... content) {
        startQuestion(back, caption, question, hint);
        add(content);
        add(continueButton);
    }

    /**
     * Starts the page afresh with its back link, summary, caption, question and hint; the page then
     * adds its fields and its {@link #continueButton} itself.
     */
    protected void startQuestion(@Nullable Component back, @Nullable String caption, String question,
                                 @Nullable String hint) {
        removeAll();
        summary.clear();
        this.question = question;
        if (back != null) {
            back.addClassName("back-link");
            add(back);
        }
        add(summary);
        if (caption != null) {
            Paragraph p = new Paragraph(caption);
            p.addClassName("caption");
            add(p);
        }
        heading(question);
        if (hint != null) {
            paragraph(hint).addClassName("hint");
        }
        setShowingErrors(false);
    }

    /** The page's one primary button (it cannot be pressed twice while the first press is handled). */
    protected Button continueButton(String id, String text, Runnable onContinue) {
        return Forms.primary(id, text, e -> onContinue.run());
    }

    /** Shows errors at their fields and in the summary, in the map's (page) order; empty clears them. */
    protected void showErrors(Map<? extends Component, String> errorsByField) {
        if (errorsByField.isEmpty()) {
            summary.clear();
            setShowingErrors(false);
            return;
        }
        summary.show(errorsByField);
        setShowingErrors(true);
    }

    /** Takes the error marks off these fields and hides the summary (before checking again on Continue). */
    protected void clearErrors(Iterable<? extends Component> fields) {
        for (Component c : fields) {
            if (c instanceof MemorableDateField d) {
                d.clearError();
            } else if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        }
        summary.clear();
        setShowingErrors(false);
    }

    /**
     * Names a field by the page's H1 (a page with one field has no label: its H1 is the question, UX.md
     * §2). Text fields and areas pass the reference to their inner input (on the host element it would
     * leave the input unnamed); groups with a role (radios, dates) take it themselves.
     */
    public static void labelledByQuestion(Component field) {
        if (field instanceof TextFieldBase<?, ?> text) {
            text.setAriaLabelledBy(PortalPage.HEADING_ID);
        } else {
            field.getElement().setAttribute("aria-labelledby", PortalPage.HEADING_ID);
        }
    }

    /** The question shown, for the page title; pages that are not a question at the moment set their own. */
    protected void setQuestionTitle(String title) {
        this.question = title;
        setShowingErrors(false);
    }

    @Override
    protected String pageTitle() {
        return question;
    }
}
