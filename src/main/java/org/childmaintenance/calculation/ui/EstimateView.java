package org.childmaintenance.calculation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.calculation.BreakdownStep;
import org.childmaintenance.calculation.CalculationEngine;
import org.childmaintenance.calculation.CalculationResult;
import org.childmaintenance.calculation.EstimateAnswers;
import org.childmaintenance.calculation.EstimateAnswers.BenefitAnswer;
import org.childmaintenance.calculation.EstimateAnswers.CareBand;
import org.childmaintenance.calculation.EstimateAnswers.IncomePeriod;
import org.childmaintenance.calculation.InvalidCalculationInputException;
import org.childmaintenance.calculation.StepNames;

/**
 * The public estimate calculator: a few plain questions, one at a time, then the weekly and
 * monthly amount and how it was worked out (from the engine's breakdown). No sign-in, nothing stored.
 */
@Route(value = "estimate", layout = MainLayout.class)
@AnonymousAllowed
public class EstimateView extends OneQuestionPage {
    enum Step { BENEFITS, INCOME, CHILDREN, CARE, OTHER_CHILDREN, RESULT }

    private final CalculationEngine engine;
    private Step step = Step.BENEFITS;

    // Answers are kept across steps, so Back and Continue never lose what was typed.
    private BenefitAnswer benefit;
    private String incomeText = "";
    private IncomePeriod period;
    private String childrenText = "";
    private final List<CareBand> care = new ArrayList<>();
    private Integer otherChildren;
    private Integer otherArrangementChildren;

    public EstimateView(CalculationEngine engine) {
        this.engine = engine;
        addClassName("estimate");
        show(Step.BENEFITS);
    }

    private void show(Step next) {
        step = next;
        switch (next) {
            case BENEFITS -> benefitsStep();
            case INCOME -> incomeStep();
            case CHILDREN -> childrenStep();
            case CARE -> careStep();
            case OTHER_CHILDREN -> otherChildrenStep();
            case RESULT -> {
                removeAll();
                summary.clear();
                add(back(), summary);
                resultStep();
                setShowingErrors(false);
            }
        }
    }

    /** The back link (a button: the steps share one route), or null on the first question. */
    private Button back() {
        if (step == Step.BENEFITS) {
            return null;
        }
        Button back = new Button(getTranslation("common.back"), e -> show(previous()));
        back.setId("back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        back.addClassName("back-link");
        return back;
    }

    /** Starts a question page of the calculator. */
    private void question(String titleKey, String hintKey) {
        startQuestion(back(), getTranslation("estimate.caption"), getTranslation(titleKey),
                hintKey == null ? null : getTranslation(hintKey));
    }

    private Step previous() {
        return switch (step) {
            case INCOME, BENEFITS -> Step.BENEFITS;
            case CHILDREN -> benefit == BenefitAnswer.NONE ? Step.INCOME : Step.BENEFITS;
            case CARE -> Step.CHILDREN;
            case OTHER_CHILDREN -> Step.CARE;
            case RESULT -> Step.OTHER_CHILDREN;
        };
    }

    private void benefitsStep() {
        question("estimate.benefits.title", "estimate.benefits.hint");
        RadioButtonGroup<BenefitAnswer> radios = Forms.radios("benefit", null, null, List.of(BenefitAnswer.values()),
                b -> getTranslation("estimate.benefits." + b.name()));
        labelledByQuestion(radios);
        if (benefit != null) {
            radios.setValue(benefit);
        }
        add(Forms.group(radios), Forms.primary("continue", getTranslation("common.continue"), e -> {
            if (radios.getValue() == null) {
                errors(Map.of(radios, getTranslation("estimate.benefits.error")));
                return;
            }
            benefit = radios.getValue();
            show(benefit == BenefitAnswer.NONE ? Step.INCOME : Step.CHILDREN);
        }));
    }

    private void incomeStep() {
        question("estimate.income.title", "estimate.income.hint");
        TextField amount = Forms.money("income", getTranslation("estimate.income.amount"), null);
        amount.setValue(incomeText);
        RadioButtonGroup<IncomePeriod> per = Forms.radios("period", getTranslation("estimate.income.period"), null,
                List.of(IncomePeriod.values()), p -> getTranslation("estimate.period." + p.name()));
        if (period != null) {
            per.setValue(period);
        }
        add(Forms.group(amount), Forms.group(per), Forms.primary("continue", getTranslation("common.continue"), e -> {
            Forms.clearErrors(amount, per);
            incomeText = amount.getValue();
            period = per.getValue();
            Map<Component, String> errors = new LinkedHashMap<>();
            try {
                EstimateAnswers.income(incomeText, period);
            } catch (UserFacingException ex) {
                errors.put(amount, getTranslation(ex.getMessage()));
            }
            if (period == null) {
                errors.put(per, getTranslation("estimate.income.error.period"));
            }
            if (!errors.isEmpty()) {
                errors(errors);
                return;
            }
            show(Step.CHILDREN);
        }));
    }

    private void childrenStep() {
        question("estimate.children.title", null);
        TextField count = Forms.text("children", getTranslation("estimate.children.label"),
                getTranslation("estimate.children.hint"));
        count.addClassName("field--narrow");
        count.getElement().setAttribute("inputmode", "numeric");
        count.setValue(childrenText);
        add(Forms.group(count), Forms.primary("continue", getTranslation("common.continue"), e -> {
            Forms.clearErrors(count);
            childrenText = count.getValue().trim();
            int n;
            try {
                n = EstimateAnswers.children(childrenText);
            } catch (UserFacingException ex) {
                errors(Map.of(count, getTranslation(ex.getMessage(), EstimateAnswers.MAX_CHILDREN)));
                return;
            }
            while (care.size() > n) {
                care.removeLast();
            }
            show(Step.CARE);
        }));
    }

    private void careStep() {
        int n = Integer.parseInt(childrenText);
        question(n == 1 ? "estimate.care.title.one" : "estimate.care.title.many", "estimate.care.hint");
        List<RadioButtonGroup<CareBand>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RadioButtonGroup<CareBand> g = Forms.radios("care-" + (i + 1),
                    n == 1 ? getTranslation("estimate.care.label.one") : getTranslation("estimate.care.label", i + 1),
                    null, List.of(CareBand.values()), b -> getTranslation("estimate.care." + b.name()));
            if (i < care.size() && care.get(i) != null) {
                g.setValue(care.get(i));
            }
            groups.add(g);
            add(Forms.group(g));
        }
        add(Forms.primary("continue", getTranslation("common.continue"), e -> {
            Map<Component, String> errors = new LinkedHashMap<>();
            care.clear();
            for (int i = 0; i < groups.size(); i++) {
                RadioButtonGroup<CareBand> g = groups.get(i);
                g.setInvalid(false);
                care.add(g.getValue());
                if (g.getValue() == null) {
                    errors.put(g, n == 1 ? getTranslation("estimate.care.error.one")
                            : getTranslation("estimate.care.error", i + 1));
                }
            }
            if (!errors.isEmpty()) {
                errors(errors);
                return;
            }
            show(Step.OTHER_CHILDREN);
        }));
    }

    private void otherChildrenStep() {
        question("estimate.other.title", null);
        List<Integer> counts = List.of(0, 1, 2, 3);
        RadioButtonGroup<Integer> living = Forms.radios("other-children", getTranslation("estimate.other.living"),
                getTranslation("estimate.other.living.hint"), counts, c -> getTranslation("estimate.count." + c));
        RadioButtonGroup<Integer> arrangements = Forms.radios("other-arrangements",
                getTranslation("estimate.other.arrangements"), getTranslation("estimate.other.arrangements.hint"),
                counts, c -> getTranslation("estimate.count." + c));
        if (otherChildren != null) {
            living.setValue(otherChildren);
        }
        if (otherArrangementChildren != null) {
            arrangements.setValue(otherArrangementChildren);
        }
        add(Forms.group(living), Forms.group(arrangements),
                Forms.primary("calculate", getTranslation("estimate.calculate"), e -> {
                    Forms.clearErrors(living, arrangements);
                    otherChildren = living.getValue();
                    otherArrangementChildren = arrangements.getValue();
                    Map<Component, String> errors = new LinkedHashMap<>();
                    if (otherChildren == null) {
                        errors.put(living, getTranslation("estimate.other.living.error"));
                    }
                    if (otherArrangementChildren == null) {
                        errors.put(arrangements, getTranslation("estimate.other.arrangements.error"));
                    }
                    if (!errors.isEmpty()) {
                        errors(errors);
                        return;
                    }
                    show(Step.RESULT);
                }));
    }

    private void resultStep() {
        EstimateAnswers answers;
        try {
            answers = new EstimateAnswers(benefit,
                    benefit == BenefitAnswer.NONE ? EstimateAnswers.income(incomeText, period) : null,
                    benefit == BenefitAnswer.NONE ? period : null, List.copyOf(care), otherChildren, otherArrangementChildren);
        } catch (UserFacingException ex) {
            show(Step.INCOME); // only if the answers were tampered with
            return;
        }
        if (answers.equalCareForAll()) {
            heading(getTranslation("estimate.result.equal.title"));
            paragraph(getTranslation("estimate.result.equal.body"));
            nextSteps();
            return;
        }
        CalculationResult result;
        try {
            result = engine.calculate(answers.toInput(), getLocale());
        } catch (InvalidCalculationInputException ex) {
            // Only reachable if the answers were tampered with: send them back to the income question.
            show(Step.INCOME);
            return;
        }
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("estimate-result");
        com.vaadin.flow.component.html.H1 h1 = new com.vaadin.flow.component.html.H1(getTranslation("estimate.result.title"));
        h1.setId("page-heading");
        h1.getElement().setAttribute("tabindex", "-1");
        Div amounts = new Div();
        amounts.addClassName("panel__body");
        Span weekly = new Span(getTranslation("estimate.result.weekly", MoneyText.format(result.totalWeekly())));
        weekly.setId("weekly-amount");
        Span monthly = new Span(getTranslation("estimate.result.monthly", MoneyText.format(result.totalEquivalents().monthly())));
        monthly.setId("monthly-amount");
        amounts.add(new Paragraph(weekly), new Paragraph(monthly));
        panel.add(h1, amounts);
        add(panel);
        paragraph(getTranslation("estimate.result.estimateOnly"));
        add(new H2(getTranslation("estimate.result.how")));
        OrderedList steps = new OrderedList();
        steps.setId("breakdown");
        steps.addClassName("breakdown");
        for (BreakdownStep s : result.breakdown()) {
            ListItem item = new ListItem();
            item.add(new H3(StepNames.text(s.step())));
            item.add(new Paragraph(s.explanation()));
            Paragraph rule = new Paragraph(getTranslation("estimate.result.rule", s.rule()));
            rule.addClassName("hint");
            item.add(rule);
            steps.add(item);
        }
        add(steps);
        nextSteps();
    }

    private void nextSteps() {
        add(new H2(getTranslation("estimate.next.title")));
        for (NextStep next : NextStep.available(this::getTranslation)) {
            add(new Paragraph(next.link()));
        }
        add(org.childmaintenance.base.ui.TalkToSomeoneLink.paragraph("estimate"));
        Button again = new Button(getTranslation("estimate.next.change"), e -> show(Step.BENEFITS));
        again.setId("change-answers");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        again.addClassName("back-link");
        add(again);
    }

    private void errors(Map<? extends Component, String> errors) {
        showErrors(errors);
    }

    @Override
    protected String pageTitle() {
        String key = switch (step == null ? Step.BENEFITS : step) {
            case BENEFITS -> "estimate.benefits.title";
            case INCOME -> "estimate.income.title";
            case CHILDREN -> "estimate.children.title";
            case CARE -> "estimate.care.pageTitle";
            case OTHER_CHILDREN -> "estimate.other.title";
            case RESULT -> "estimate.result.title";
        };
        return getTranslation(key);
    }
}
