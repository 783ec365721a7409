package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One side of a case. The other parent's row holds what the applicant told us until that parent
 * links their own account. Only the person themselves (and caseworkers) see anything but the name.
 */
@Entity
@Table(name = "cm_party")
class Party {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyRole role;
    @Column(name = "account_id")
    private @Nullable Long accountId;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "date_of_birth")
    private @Nullable LocalDate dateOfBirth;
    private @Nullable String address;
    private @Nullable String postcode;
    private @Nullable String phone;
    private @Nullable String email;
    @Column(name = "ni_number")
    private @Nullable String niNumber;
    private @Nullable String employer;
    @Column(name = "safety_flag", nullable = false)
    private boolean safetyFlag;
    @Column(name = "bank_account_name")
    private @Nullable String bankAccountName;
    @Column(name = "bank_sort_code")
    private @Nullable String bankSortCode;
    @Column(name = "bank_account_number")
    private @Nullable String bankAccountNumber;

    protected Party() {
    }

    Party(long caseId, PartyRole role, @Nullable Long accountId, String fullName) {
        this.caseId = caseId;
        this.role = role;
        this.accountId = accountId;
        this.fullName = fullName;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    PartyRole role() { return role; }
    @Nullable Long accountId() { return accountId; }
    String fullName() { return fullName; }
    @Nullable LocalDate dateOfBirth() { return dateOfBirth; }
    @Nullable String address() { return address; }
    @Nullable String postcode() { return postcode; }
    @Nullable String phone() { return phone; }
    @Nullable String email() { return email; }
    @Nullable String niNumber() { return niNumber; }
    @Nullable String employer() { return employer; }
    boolean safetyFlag() { return safetyFlag; }
    @Nullable String bankAccountName() { return bankAccountName; }
    @Nullable String bankSortCode() { return bankSortCode; }
    @Nullable String bankAccountNumber() { return bankAccountNumber; }

    void link(long accountId, String fullName) {
        this.accountId = accountId;
        this.fullName = fullName;
    }

    void details(@Nullable LocalDate dateOfBirth, @Nullable String niNumber, @Nullable String employer, @Nullable String email) {
        this.dateOfBirth = dateOfBirth;
        this.niNumber = niNumber;
        this.employer = employer;
        this.email = email;
    }

    void address(@Nullable String address, @Nullable String postcode) {
        this.address = address;
        this.postcode = postcode;
    }

    void phone(@Nullable String phone) {
        this.phone = phone;
    }

    void employer(@Nullable String employer) {
        this.employer = employer;
    }

    void flagSafety() {
        this.safetyFlag = true;
    }

    void bank(String name, String sortCode, String accountNumber) {
        this.bankAccountName = name;
        this.bankSortCode = sortCode;
        this.bankAccountNumber = accountNumber;
    }
}
