package org.childmaintenance.cases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Answers typed in the paying parent's details journey or a report-a-change journey, kept as typed. */
public class CaseAnswers {
    private @Nullable IncomeType incomeType;
    private @Nullable String incomeAmount;
    private @Nullable IncomeFrequency incomeFrequency;
    private @Nullable BenefitKind benefitKind;
    private @Nullable String pension;
    private @Nullable String employer;
    private @Nullable String relevantOtherChildren;
    private @Nullable String otherArrangementChildren;
    private Map<Long, String> nights = new LinkedHashMap<>();
    private @Nullable PaymentFrequency paymentFrequency;
    private @Nullable LocalDate happenedOn;
    private @Nullable Long childId;
    private @Nullable String newChildName;
    private @Nullable LocalDate newChildDateOfBirth;
    private @Nullable Boolean newChildInEducation;
    private @Nullable String address;
    private @Nullable String postcode;
    private @Nullable String phone;
    private @Nullable String bankAccountName;
    private @Nullable String sortCode;
    private @Nullable String accountNumber;
    private @Nullable ServiceType serviceType;
    private @Nullable String closeReason;

    public @Nullable IncomeType getIncomeType() { return incomeType; }
    public void setIncomeType(@Nullable IncomeType v) { this.incomeType = v; }
    public @Nullable String getIncomeAmount() { return incomeAmount; }
    public void setIncomeAmount(@Nullable String v) { this.incomeAmount = v; }
    public @Nullable IncomeFrequency getIncomeFrequency() { return incomeFrequency; }
    public void setIncomeFrequency(@Nullable IncomeFrequency v) { this.incomeFrequency = v; }
    public @Nullable BenefitKind getBenefitKind() { return benefitKind; }
    public void setBenefitKind(@Nullable BenefitKind v) { this.benefitKind = v; }
    public @Nullable String getPension() { return pension; }
    public void setPension(@Nullable String v) { this.pension = v; }
    public @Nullable String getEmployer() { return employer; }
    public void setEmployer(@Nullable String v) { this.employer = v; }
    public @Nullable String getRelevantOtherChildren() { return relevantOtherChildren; }
    public void setRelevantOtherChildren(@Nullable String v) { this.relevantOtherChildren = v; }
    public @Nullable String getOtherArrangementChildren() { return otherArrangementChildren; }
    public void setOtherArrangementChildren(@Nullable String v) { this.otherArrangementChildren = v; }
    public Map<Long, String> getNights() { return nights; }
    public void setNights(Map<Long, String> v) { this.nights = new LinkedHashMap<>(v); }
    public @Nullable PaymentFrequency getPaymentFrequency() { return paymentFrequency; }
    public void setPaymentFrequency(@Nullable PaymentFrequency v) { this.paymentFrequency = v; }
    public @Nullable LocalDate getHappenedOn() { return happenedOn; }
    public void setHappenedOn(@Nullable LocalDate v) { this.happenedOn = v; }
    public @Nullable Long getChildId() { return childId; }
    public void setChildId(@Nullable Long v) { this.childId = v; }
    public @Nullable String getNewChildName() { return newChildName; }
    public void setNewChildName(@Nullable String v) { this.newChildName = v; }
    public @Nullable LocalDate getNewChildDateOfBirth() { return newChildDateOfBirth; }
    public void setNewChildDateOfBirth(@Nullable LocalDate v) { this.newChildDateOfBirth = v; }
    public @Nullable Boolean getNewChildInEducation() { return newChildInEducation; }
    public void setNewChildInEducation(@Nullable Boolean v) { this.newChildInEducation = v; }
    public @Nullable String getAddress() { return address; }
    public void setAddress(@Nullable String v) { this.address = v; }
    public @Nullable String getPostcode() { return postcode; }
    public void setPostcode(@Nullable String v) { this.postcode = v; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String v) { this.phone = v; }
    public @Nullable String getBankAccountName() { return bankAccountName; }
    public void setBankAccountName(@Nullable String v) { this.bankAccountName = v; }
    public @Nullable String getSortCode() { return sortCode; }
    public void setSortCode(@Nullable String v) { this.sortCode = v; }
    public @Nullable String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(@Nullable String v) { this.accountNumber = v; }
    public @Nullable ServiceType getServiceType() { return serviceType; }
    public void setServiceType(@Nullable ServiceType v) { this.serviceType = v; }
    public @Nullable String getCloseReason() { return closeReason; }
    public void setCloseReason(@Nullable String v) { this.closeReason = v; }
}
