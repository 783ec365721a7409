package org.childmaintenance.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything typed into the application so far, saved after each page (so it survives signing
 * out). Text is kept as typed; {@link ApplicationJourney} checks it page by page and again on sending.
 */
public class ApplicationDraft {
    private @Nullable String preApplicationReference;
    private @Nullable ApplicantType applicantType;
    private @Nullable Boolean domesticAbuse;
    private @Nullable Boolean notSafeToShare;
    private @Nullable String address;
    private @Nullable String postcode;
    private @Nullable String phone;
    private @Nullable String otherName;
    private @Nullable LocalDate otherDateOfBirth;
    private boolean otherDateOfBirthUnknown;
    private @Nullable Boolean otherAddressKnown;
    private @Nullable String otherAddress;
    private @Nullable String otherPostcode;
    private @Nullable String otherNiNumber;
    private @Nullable String otherEmployer;
    private @Nullable String otherEmail;
    private List<ChildDraft> children = new ArrayList<>();
    private @Nullable Boolean moreChildren;
    private @Nullable Boolean allInUk;
    private @Nullable ServiceType serviceType;
    private @Nullable String bankAccountName;
    private @Nullable String sortCode;
    private @Nullable String accountNumber;
    /** The earlier case this application continues (an old-scheme reference), and the day the new case starts. */
    private @Nullable String continuesFrom;
    private @Nullable LocalDate startsOn;
    /** Pages the person has been through (optional questions count as answered once seen). */
    private Set<String> answered = new LinkedHashSet<>();

    /** One child as typed. */
    public static class ChildDraft {
        private @Nullable String name;
        private @Nullable LocalDate dateOfBirth;
        private @Nullable Boolean inEducation;

        public @Nullable String getName() { return name; }
        public void setName(@Nullable String name) { this.name = name; }
        public @Nullable LocalDate getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(@Nullable LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
        public @Nullable Boolean getInEducation() { return inEducation; }
        public void setInEducation(@Nullable Boolean inEducation) { this.inEducation = inEducation; }
    }

    /** The child at {@code index}, adding empty ones up to it. */
    public ChildDraft child(int index) {
        while (children.size() <= index) {
            children.add(new ChildDraft());
        }
        return children.get(index);
    }

    public @Nullable String getPreApplicationReference() { return preApplicationReference; }
    public void setPreApplicationReference(@Nullable String v) { this.preApplicationReference = v; }
    public @Nullable ApplicantType getApplicantType() { return applicantType; }
    public void setApplicantType(@Nullable ApplicantType v) { this.applicantType = v; }
    public @Nullable Boolean getDomesticAbuse() { return domesticAbuse; }
    public void setDomesticAbuse(@Nullable Boolean v) { this.domesticAbuse = v; }
    public @Nullable Boolean getNotSafeToShare() { return notSafeToShare; }
    public void setNotSafeToShare(@Nullable Boolean v) { this.notSafeToShare = v; }
    public @Nullable String getAddress() { return address; }
    public void setAddress(@Nullable String v) { this.address = v; }
    public @Nullable String getPostcode() { return postcode; }
    public void setPostcode(@Nullable String v) { this.postcode = v; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String v) { this.phone = v; }
    public @Nullable String getOtherName() { return otherName; }
    public void setOtherName(@Nullable String v) { this.otherName = v; }
    public @Nullable LocalDate getOtherDateOfBirth() { return otherDateOfBirth; }
    public void setOtherDateOfBirth(@Nullable LocalDate v) { this.otherDateOfBirth = v; }
    public boolean isOtherDateOfBirthUnknown() { return otherDateOfBirthUnknown; }
    public void setOtherDateOfBirthUnknown(boolean v) { this.otherDateOfBirthUnknown = v; }
    public @Nullable Boolean getOtherAddressKnown() { return otherAddressKnown; }
    public void setOtherAddressKnown(@Nullable Boolean v) { this.otherAddressKnown = v; }
    public @Nullable String getOtherAddress() { return otherAddress; }
    public void setOtherAddress(@Nullable String v) { this.otherAddress = v; }
    public @Nullable String getOtherPostcode() { return otherPostcode; }
    public void setOtherPostcode(@Nullable String v) { this.otherPostcode = v; }
    public @Nullable String getOtherNiNumber() { return otherNiNumber; }
    public void setOtherNiNumber(@Nullable String v) { this.otherNiNumber = v; }
    public @Nullable String getOtherEmployer() { return otherEmployer; }
    public void setOtherEmployer(@Nullable String v) { this.otherEmployer = v; }
    public @Nullable String getOtherEmail() { return otherEmail; }
    public void setOtherEmail(@Nullable String v) { this.otherEmail = v; }
    public List<ChildDraft> getChildren() { return children; }
    public void setChildren(List<ChildDraft> v) { this.children = new ArrayList<>(v); }
    public @Nullable Boolean getMoreChildren() { return moreChildren; }
    public void setMoreChildren(@Nullable Boolean v) { this.moreChildren = v; }
    public @Nullable Boolean getAllInUk() { return allInUk; }
    public void setAllInUk(@Nullable Boolean v) { this.allInUk = v; }
    public @Nullable ServiceType getServiceType() { return serviceType; }
    public void setServiceType(@Nullable ServiceType v) { this.serviceType = v; }
    public @Nullable String getBankAccountName() { return bankAccountName; }
    public void setBankAccountName(@Nullable String v) { this.bankAccountName = v; }
    public @Nullable String getSortCode() { return sortCode; }
    public void setSortCode(@Nullable String v) { this.sortCode = v; }
    public @Nullable String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(@Nullable String v) { this.accountNumber = v; }
    public @Nullable String getContinuesFrom() { return continuesFrom; }
    public void setContinuesFrom(@Nullable String v) { this.continuesFrom = v; }
    public @Nullable LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(@Nullable LocalDate v) { this.startsOn = v; }
    public Set<String> getAnswered() { return answered; }
    public void setAnswered(Set<String> v) { this.answered = new LinkedHashSet<>(v); }

    /** Whether the safety answers rule out Direct Pay (LC-7.5, LC-17.5: no shared bank details). */
    public boolean safetyConcern() {
        return Boolean.TRUE.equals(domesticAbuse) || Boolean.TRUE.equals(notSafeToShare);
    }
}
