package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.disputes.ChallengeReason;
import org.jspecify.annotations.Nullable;

/**
 * Casework's corrections on a revision: every circumstance the calculation used (the paying parent's
 * gross weekly income, other children, each child's shared-care nights), filled in with what the
 * decision used and marked where a parent disputed it. Only the figures are read here; the case
 * service checks them and decides whether anything changed.
 */
class CorrectionsForm extends Div {
    private final TextField income;
    private final TextField relevantOther;
    private final TextField otherArrangement;
    private final Map<Long, TextField> nights = new LinkedHashMap<>();

    CorrectionsForm(Revision.Circumstances now, Set<ChallengeReason> disputed) {
        setId("corrections");
        add(new H3(getTranslation("disputes.cw.corrections")));
        add(new Paragraph(getTranslation("disputes.cw.correctionsHint")));
        income = Forms.money("gross-weekly-income", getTranslation("disputes.cw.income"),
                hint("disputes.cw.incomeHint", disputed.contains(ChallengeReason.INCOME)));
        income.setValue(now.grossWeeklyIncome() == null ? "" : now.grossWeeklyIncome().toPlainString());
        boolean others = disputed.contains(ChallengeReason.OTHER_CHILDREN);
        relevantOther = count("relevant-other-children", "disputes.cw.relevantOther", others, now.relevantOtherChildren());
        otherArrangement = count("other-arrangement-children", "disputes.cw.otherArrangement", others,
                now.otherArrangementChildren());
        add(income, relevantOther, otherArrangement);
        boolean care = disputed.contains(ChallengeReason.SHARED_CARE);
        for (Revision.ChildNights child : now.children()) {
            TextField f = Forms.text("nights-" + child.childId(), getTranslation("disputes.cw.nights", child.name()),
                    hint("disputes.cw.nightsHint", care));
            numeric(f, child.nights());
            nights.put(child.childId(), f);
            add(f);
        }
    }

    private String hint(String key, boolean disputed) {
        return disputed ? getTranslation(key) + " " + getTranslation("disputes.cw.disputed") : getTranslation(key);
    }

    private TextField count(String id, String label, boolean disputed, int value) {
        TextField f = Forms.text(id, getTranslation(label), disputed ? getTranslation("disputes.cw.disputed") : null);
        numeric(f, value);
        return f;
    }

    private static void numeric(TextField f, int value) {
        f.getElement().setAttribute("inputmode", "numeric");
        f.addClassName("field--narrow");
        f.setValue(Integer.toString(value));
    }

    /** The fields by the name the case service reports errors on. */
    Map<String, Component> fields() {
        Map<String, Component> out = new LinkedHashMap<>();
        out.put("grossWeeklyIncome", income);
        out.put("relevantOtherChildren", relevantOther);
        out.put("otherArrangementChildren", otherArrangement);
        nights.forEach((id, f) -> out.put("nights-" + id, f));
        out.put("corrections", income);
        return out;
    }

    /** The figures as typed; what cannot be read is added to {@code errors} (field to message). */
    Revision.@Nullable Corrections read(Map<Component, String> errors) {
        BigDecimal money = null;
        if (!income.getValue().isBlank()) {
            money = MoneyText.tryParse(income.getValue()).orElse(null);
            if (money == null) {
                errors.put(income, getTranslation("revision.error.income"));
            }
        }
        Integer relevant = whole(relevantOther, "revision.error.children", errors);
        Integer other = whole(otherArrangement, "revision.error.children", errors);
        Map<Long, Integer> byChild = new LinkedHashMap<>();
        nights.forEach((id, f) -> {
            Integer n = whole(f, "revision.error.nights", errors);
            if (n != null) {
                byChild.put(id, n);
            }
        });
        return errors.isEmpty() ? new Revision.Corrections(money, relevant, other, byChild) : null;
    }

    private @Nullable Integer whole(TextField f, String errorKey, Map<Component, String> errors) {
        String v = f.getValue().strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,3}")) {
            errors.put(f, getTranslation(errorKey));
            return null;
        }
        return Integer.valueOf(v);
    }

    void clearErrors() {
        fields().values().forEach(c -> {
            if (c instanceof TextField t) {
                t.setInvalid(false);
                t.setErrorMessage(null);
            }
        });
    }
}
