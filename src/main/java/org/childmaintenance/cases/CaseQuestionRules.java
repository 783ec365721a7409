package org.childmaintenance.cases;

import static org.childmaintenance.cases.ApplicationRules.fe;
import static org.childmaintenance.cases.Formats.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException.FieldError;

/** What each case question requires (field name and translation key per problem). Plain Java. */
final class CaseQuestionRules {
    static final int MAX_NIGHTS = 365;

    private CaseQuestionRules() {
    }

    static List<FieldError> errors(CaseQuestion.Ref ref, CaseAnswers a, LocalDate today, boolean directPayAllowed) {
        List<FieldError> e = new ArrayList<>();
        switch (ref.question()) {
            case INCOME_TYPE -> {
                if (a.getIncomeType() == null) {
                    e.add(fe("incomeType", "error.case.incomeType.missing"));
                }
            }
            case INCOME -> {
                if (blank(a.getIncomeAmount())) {
                    e.add(fe("incomeAmount", "error.case.income.missing"));
                } else if (MoneyText.tryParse(a.getIncomeAmount()).isEmpty()) {
                    e.add(fe("incomeAmount", "error.case.money.format"));
                }
                if (a.getIncomeType() != IncomeType.SELF_EMPLOYED && a.getIncomeFrequency() == null) {
                    e.add(fe("incomeFrequency", "error.case.incomeFrequency.missing"));
                }
            }
            case EMPLOYER -> {
                if (!blank(a.getEmployer()) && a.getEmployer().trim().length() > 200) {
                    e.add(fe("employer", "error.apply.employer.tooLong"));
                }
            }
            case BENEFIT -> {
                if (a.getBenefitKind() == null) {
                    e.add(fe("benefitKind", "error.case.benefit.missing"));
                }
            }
            case PENSION -> {
                if (!blank(a.getPension()) && MoneyText.tryParse(a.getPension()).isEmpty()) {
                    e.add(fe("pension", "error.case.money.format"));
                } else if (!blank(a.getPension()) && MoneyText.tryParse(a.getIncomeAmount()).isPresent()
                        && MoneyText.tryParse(a.getPension()).get().compareTo(MoneyText.tryParse(a.getIncomeAmount()).get()) > 0) {
                    e.add(fe("pension", "error.case.pension.tooMuch"));
                }
            }
            case OTHER_CHILDREN -> count(e, a.getRelevantOtherChildren(), "relevantOtherChildren");
            case OTHER_ARRANGEMENT -> count(e, a.getOtherArrangementChildren(), "otherArrangementChildren");
            case NIGHTS -> {
                String typed = a.getNights().get(ref.childId());
                if (blank(typed)) {
                    e.add(fe("nights", "error.case.nights.missing"));
                } else if (Formats.count(typed, MAX_NIGHTS).isEmpty()) {
                    e.add(fe("nights", "error.case.nights.format"));
                }
            }
            case PAYMENT_FREQUENCY -> {
                if (a.getPaymentFrequency() == null) {
                    e.add(fe("paymentFrequency", "error.case.paymentFrequency.missing"));
                }
            }
            case HAPPENED_ON -> {
                if (a.getHappenedOn() == null) {
                    e.add(fe("happenedOn", "error.case.happenedOn.missing"));
                } else if (a.getHappenedOn().isAfter(today)) {
                    e.add(fe("happenedOn", "error.case.happenedOn.future"));
                } else if (a.getHappenedOn().isBefore(today.minusYears(1))) {
                    e.add(fe("happenedOn", "error.case.happenedOn.tooOld"));
                }
            }
            case WHICH_CHILD -> {
                if (a.getChildId() == null) {
                    e.add(fe("childId", "error.case.child.missing"));
                }
            }
            case NEW_CHILD_NAME -> {
                if (blank(a.getNewChildName())) {
                    e.add(fe("newChildName", "error.apply.childName.missing"));
                } else if (a.getNewChildName().trim().length() > 200) {
                    e.add(fe("newChildName", "error.apply.tooLong"));
                }
            }
            case NEW_CHILD_DATE_OF_BIRTH -> {
                LocalDate dob = a.getNewChildDateOfBirth();
                if (dob == null) {
                    e.add(fe("newChildDateOfBirth", "error.apply.childDob.missing"));
                } else if (dob.isAfter(today)) {
                    e.add(fe("newChildDateOfBirth", "error.apply.childDob.future"));
                } else if (ApplicationRules.ageOn(dob, today) >= 20) {
                    e.add(fe("newChildDateOfBirth", "error.case.newChild.tooOld"));
                }
            }
            case NEW_CHILD_EDUCATION -> {
                if (a.getNewChildInEducation() == null) {
                    e.add(fe("newChildInEducation", "error.apply.childEducation.missing"));
                } else if (!a.getNewChildInEducation()) {
                    e.add(fe("newChildInEducation", "error.case.newChild.notEligible"));
                }
            }
            case ADDRESS -> {
                if (blank(a.getAddress())) {
                    e.add(fe("address", "error.apply.address.missing"));
                } else if (a.getAddress().trim().length() > 500) {
                    e.add(fe("address", "error.apply.tooLong"));
                }
                if (blank(a.getPostcode())) {
                    e.add(fe("postcode", "error.apply.postcode.missing"));
                } else if (!Formats.postcode(a.getPostcode())) {
                    e.add(fe("postcode", "error.apply.postcode.format"));
                }
            }
            case PHONE -> {
                if (blank(a.getPhone())) {
                    e.add(fe("phone", "error.case.phone.missing"));
                } else if (!Formats.phone(a.getPhone())) {
                    e.add(fe("phone", "error.apply.phone.format"));
                }
            }
            case BANK -> {
                if (blank(a.getBankAccountName())) {
                    e.add(fe("bankAccountName", "error.apply.bankName.missing"));
                }
                if (blank(a.getSortCode())) {
                    e.add(fe("sortCode", "error.apply.sortCode.missing"));
                } else if (!Formats.sortCode(a.getSortCode())) {
                    e.add(fe("sortCode", "error.apply.sortCode.format"));
                }
                if (blank(a.getAccountNumber())) {
                    e.add(fe("accountNumber", "error.apply.accountNumber.missing"));
                } else if (!Formats.accountNumber(a.getAccountNumber())) {
                    e.add(fe("accountNumber", "error.apply.accountNumber.format"));
                }
            }
            case SERVICE_TYPE -> {
                if (a.getServiceType() == null) {
                    e.add(fe("serviceType", "error.apply.serviceType.missing"));
                } else if (a.getServiceType() == ServiceType.DIRECT_PAY && !directPayAllowed) {
                    e.add(fe("serviceType", "error.apply.serviceType.notOffered"));
                }
            }
            case CLOSE_REASON -> {
                if (blank(a.getCloseReason())) {
                    e.add(fe("closeReason", "error.case.closeReason.missing"));
                } else if (a.getCloseReason().trim().length() > 600) {
                    e.add(fe("closeReason", "error.case.closeReason.tooLong"));
                }
            }
        }
        return e;
    }

    private static void count(List<FieldError> e, String typed, String field) {
        if (blank(typed)) {
            e.add(fe(field, "error.case.count.missing"));
        } else if (Formats.count(typed, 20).isEmpty()) {
            e.add(fe(field, "error.case.count.format"));
        }
    }
}
