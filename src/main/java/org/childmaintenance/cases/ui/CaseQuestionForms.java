package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.cases.BenefitKind;
import org.childmaintenance.cases.CaseAnswers;
import org.childmaintenance.cases.CaseQuestion;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.IncomeType;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.base.DisplayFormats;

/** The fields of each case question (paying parent's details and report-a-change journeys). */
final class CaseQuestionForms {
    private CaseQuestionForms() {
    }

    static QuestionForm build(Component host, CaseQuestion.Ref ref, CaseAnswers a, List<CaseService.ChildView> children,
                              boolean directPayAllowed) {
        CaseQuestion q = ref.question();
        String base = "case.q." + q.name();
        String childName = children.stream().filter(k -> k.id() == (ref.childId() == null ? -1 : ref.childId()))
                .map(CaseService.ChildView::name).findFirst().orElse("");
        String heading = q == CaseQuestion.NIGHTS ? host.getTranslation(base, childName) : host.getTranslation(base);
        String hint = host.getTranslation(base + ".hint");
        QuestionForm f = new QuestionForm(host, heading, hint.isBlank() || hint.startsWith("!") ? null : hint);
        switch (q) {
            case INCOME_TYPE -> f.radios("incomeType", null, Arrays.asList(IncomeType.values()),
                    t -> host.getTranslation("incomeType." + t.name()), a.getIncomeType(), a::setIncomeType);
            case INCOME -> {
                f.money("incomeAmount", host.getTranslation(a.getIncomeType() == IncomeType.SELF_EMPLOYED
                        ? "case.field.profit" : "case.field.grossPay"), a.getIncomeAmount(), a::setIncomeAmount);
                if (a.getIncomeType() != IncomeType.SELF_EMPLOYED) {
                    f.radios("incomeFrequency", host.getTranslation("case.field.frequency"), Arrays.asList(IncomeFrequency.values()),
                            t -> host.getTranslation("incomeFrequency." + t.name()), a.getIncomeFrequency(), a::setIncomeFrequency);
                }
            }
            case EMPLOYER -> f.text("employer", null, a.getEmployer(), a::setEmployer, "field--wide");
            case BENEFIT -> f.radios("benefitKind", null, Arrays.asList(BenefitKind.values()),
                    t -> host.getTranslation("benefitKind." + t.name()), a.getBenefitKind(), a::setBenefitKind);
            case PENSION -> f.money("pension", null, a.getPension(), a::setPension);
            case OTHER_CHILDREN -> f.text("relevantOtherChildren", null, a.getRelevantOtherChildren(),
                    a::setRelevantOtherChildren, "field--narrow").getElement().setAttribute("inputmode", "numeric");
            case OTHER_ARRANGEMENT -> f.text("otherArrangementChildren", null, a.getOtherArrangementChildren(),
                    a::setOtherArrangementChildren, "field--narrow").getElement().setAttribute("inputmode", "numeric");
            case NIGHTS -> f.text("nights", null, a.getNights().get(ref.childId()), v -> a.getNights().put(ref.childId(), v),
                    "field--narrow").getElement().setAttribute("inputmode", "numeric");
            case PAYMENT_FREQUENCY -> f.radios("paymentFrequency", null, Arrays.asList(PaymentFrequency.values()),
                    t -> host.getTranslation("frequency." + t.name()), a.getPaymentFrequency(), a::setPaymentFrequency);
            case HAPPENED_ON -> f.date("happenedOn", null, a.getHappenedOn(), a::setHappenedOn);
            case WHICH_CHILD -> f.radios("childId", null, children.stream().map(CaseService.ChildView::id).toList(),
                    id -> children.stream().filter(k -> k.id() == id).findFirst().map(CaseService.ChildView::name).orElse(""),
                    a.getChildId(), a::setChildId);
            case NEW_CHILD_NAME -> f.text("newChildName", null, a.getNewChildName(), a::setNewChildName, "field--wide");
            case NEW_CHILD_DATE_OF_BIRTH -> f.date("newChildDateOfBirth", null, a.getNewChildDateOfBirth(), a::setNewChildDateOfBirth);
            case NEW_CHILD_EDUCATION -> f.yesNo("newChildInEducation", null, a.getNewChildInEducation(), a::setNewChildInEducation);
            case ADDRESS -> {
                f.area("address", host.getTranslation("apply.field.address"), a.getAddress(), a::setAddress);
                f.text("postcode", host.getTranslation("apply.field.postcode"), a.getPostcode(), a::setPostcode, "field--narrow");
            }
            case PHONE -> f.text("phone", null, a.getPhone(), a::setPhone, null).getElement().setAttribute("inputmode", "tel");
            case BANK -> {
                f.text("bankAccountName", host.getTranslation("apply.field.bankName"), a.getBankAccountName(), a::setBankAccountName, "field--wide");
                f.text("sortCode", host.getTranslation("apply.field.sortCode"), a.getSortCode(), a::setSortCode, "field--narrow");
                f.text("accountNumber", host.getTranslation("apply.field.accountNumber"), a.getAccountNumber(), a::setAccountNumber, "field--narrow");
            }
            case SERVICE_TYPE -> {
                if (!directPayAllowed) {
                    f.content().add(new Paragraph(host.getTranslation("apply.q.payments.safety")));
                }
                f.radios("serviceType", null, directPayAllowed ? Arrays.asList(ServiceType.values()) : List.of(ServiceType.COLLECT_AND_PAY),
                        t -> host.getTranslation("serviceType.explained." + t.name()), a.getServiceType(), a::setServiceType);
            }
            case CLOSE_REASON -> f.area("closeReason", null, a.getCloseReason(), a::setCloseReason);
        }
        return f;
    }

    /** Money as typed, written the portal's way ("1250.5" → "£1,250.50"); kept as typed if it is not money. */
    private static String typedMoney(String typed) {
        return MoneyText.tryParse(typed).map(MoneyText::format).orElse("£" + typed);
    }

    /** A short answer for check-answers rows. */
    static String answer(Component host, CaseQuestion.Ref ref, CaseAnswers a, List<CaseService.ChildView> children) {
        return switch (ref.question()) {
            case INCOME_TYPE -> host.getTranslation("incomeType." + a.getIncomeType().name());
            case INCOME -> typedMoney(a.getIncomeAmount()) + (a.getIncomeFrequency() == null || a.getIncomeType() == IncomeType.SELF_EMPLOYED
                    ? " " + host.getTranslation("incomeFrequency.YEARLY")
                    : " " + host.getTranslation("incomeFrequency." + a.getIncomeFrequency().name()));
            case EMPLOYER -> blank(host, a.getEmployer());
            case BENEFIT -> host.getTranslation("benefitKind." + a.getBenefitKind().name());
            case PENSION -> a.getPension() == null || a.getPension().isBlank() ? host.getTranslation("answer.notGiven") : typedMoney(a.getPension());
            case OTHER_CHILDREN -> a.getRelevantOtherChildren();
            case OTHER_ARRANGEMENT -> a.getOtherArrangementChildren();
            case NIGHTS -> a.getNights().get(ref.childId());
            case PAYMENT_FREQUENCY -> host.getTranslation("frequency." + a.getPaymentFrequency().name());
            case HAPPENED_ON -> DisplayFormats.date(a.getHappenedOn());
            case WHICH_CHILD -> children.stream().filter(k -> k.id() == a.getChildId()).map(CaseService.ChildView::name).findFirst().orElse("");
            case NEW_CHILD_NAME -> a.getNewChildName();
            case NEW_CHILD_DATE_OF_BIRTH -> DisplayFormats.date(a.getNewChildDateOfBirth());
            case NEW_CHILD_EDUCATION -> host.getTranslation(Boolean.TRUE.equals(a.getNewChildInEducation()) ? "answer.yes" : "answer.no");
            case ADDRESS -> a.getAddress() + ", " + a.getPostcode();
            case PHONE -> a.getPhone();
            case BANK -> a.getBankAccountName() + ", " + a.getSortCode() + ", " + a.getAccountNumber();
            case SERVICE_TYPE -> host.getTranslation("serviceType." + a.getServiceType().name());
            case CLOSE_REASON -> a.getCloseReason();
        };
    }

    private static String blank(Component host, String s) {
        return s == null || s.isBlank() ? host.getTranslation("answer.notGiven") : s;
    }
}
