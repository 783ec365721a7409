package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.cases.CaseAnswers;
import org.childmaintenance.cases.CaseQuestion;
import org.childmaintenance.cases.CaseService;

/**
 * A short journey on a case, one question per page, then a check page: the paying parent's
 * details, or one reported change. Answers stay on the page until sent; Back and Change keep them.
 */
abstract class CaseJourneyView extends QuestionPage implements BeforeEnterObserver {
    protected final CaseService cases;
    protected long caseId;
    protected CaseAnswers answers = new CaseAnswers();
    protected List<CaseService.ChildView> children = List.of();
    protected boolean directPayAllowed;
    private int index;
    private boolean returning;

    protected CaseJourneyView(CaseService cases) {
        this.cases = cases;
    }

    /** The questions for the answers so far, in order. */
    protected abstract List<CaseQuestion.Ref> questions();

    /** The last page: check answers (and a preview), with the button that sends. */
    protected abstract void showCheck();

    /** Where Back from the first question goes. */
    protected abstract String startHref();

    /** Loads the journey's case; false if the page cannot be shown. */
    protected abstract boolean prepare(BeforeEnterEvent event);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = CaseViews.caseId(event);
        answers = new CaseAnswers();
        index = 0;
        returning = false;
        boolean ok = CaseViews.load(event, () -> {
            children = cases.caseChildren(caseId);
            directPayAllowed = cases.directPayAllowed(caseId);
        }) && prepare(event);
        if (ok) {
            showCurrent();
        }
    }

    protected void showCurrent() {
        List<CaseQuestion.Ref> qs = questions();
        if (index >= qs.size()) {
            showCheck();
            return;
        }
        CaseQuestion.Ref ref = qs.get(index);
        QuestionForm f = CaseQuestionForms.build(this, ref, answers, children, directPayAllowed);
        showQuestion(f, back(), getTranslation("button.continue"), () -> {
            List<FieldError> errors = cases.checkAnswer(caseId, ref, answers);
            if (!errors.isEmpty() || !form.ownProblems().isEmpty()) {
                showErrors(errors);
                return;
            }
            List<CaseQuestion.Ref> now = questions();
            int i = now.indexOf(ref);
            boolean allAnswered = now.stream().allMatch(q -> cases.checkAnswer(caseId, q, answers).isEmpty());
            if (returning && allAnswered) {
                index = now.size();
            } else {
                index = returning ? firstUnanswered(now) : i + 1;
            }
            moveOn();
        });
    }

    /** The next (or an earlier) question or check answers, on the same route: focus goes to its heading. */
    private void moveOn() {
        showCurrent();
        focusHeading();
    }

    private int firstUnanswered(List<CaseQuestion.Ref> qs) {
        for (int i = 0; i < qs.size(); i++) {
            if (!cases.checkAnswer(caseId, qs.get(i), answers).isEmpty()) {
                return i;
            }
        }
        return qs.size();
    }

    private Component back() {
        if (index == 0 && !returning) {
            return backAnchor(startHref(), getTranslation("link.back"));
        }
        Button back = new Button(getTranslation("link.back"), e -> {
            if (returning) {
                index = questions().size();
            } else {
                index = Math.max(0, index - 1);
            }
            moveOn();
        });
        back.setId("back-link");
        back.addClassName("link-button");
        return back;
    }

    /** Check answers rows with "Change" for every question asked. */
    protected SummaryList answersList() {
        SummaryList list = new SummaryList();
        list.setId("answers");
        List<CaseQuestion.Ref> qs = questions();
        for (int i = 0; i < qs.size(); i++) {
            CaseQuestion.Ref ref = qs.get(i);
            int at = i;
            Button change = new Button(getTranslation("link.change"), e -> {
                index = at;
                returning = true;
                moveOn();
            });
            change.setId("change-" + i);
            change.addClassName("link-button");
            String label = CaseQuestionForms.build(this, ref, answers, children, directPayAllowed).heading();
            list.row(label, CaseQuestionForms.answer(this, ref, answers, children), change);
        }
        return list;
    }

    /** Back from the check page to the last question. */
    protected Button backFromCheck() {
        Button back = new Button(getTranslation("link.back"), e -> {
            index = Math.max(0, questions().size() - 1);
            returning = false;
            moveOn();
        });
        back.setId("back-link");
        back.addClassName("link-button");
        return back;
    }
}
