package org.childmaintenance.cases;

import static org.childmaintenance.cases.Formats.blank;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.ApplyStep.Ref;
import org.jspecify.annotations.Nullable;

/**
 * Which pages the application has for the answers given so far, what each page requires, and
 * when the answers mean the application cannot go ahead online (LC-2.2). Plain Java.
 */
final class ApplicationRules {
    static final int MAX_CHILDREN = 10;
    private final LocalDate today;
    private final Predicate<String> referenceIssued;

    ApplicationRules(LocalDate today, Predicate<String> referenceIssued) {
        this.today = today;
        this.referenceIssued = referenceIssued;
    }

    /** The pages in order, for these answers. */
    List<Ref> steps(ApplicationDraft d) {
        List<Ref> steps = new ArrayList<>();
        for (ApplyStep s : List.of(ApplyStep.REFERENCE, ApplyStep.WHO, ApplyStep.DOMESTIC_ABUSE, ApplyStep.SAFE_TO_SHARE,
                ApplyStep.YOUR_ADDRESS, ApplyStep.YOUR_PHONE, ApplyStep.OTHER_NAME, ApplyStep.OTHER_DOB,
                ApplyStep.OTHER_ADDRESS, ApplyStep.OTHER_NI, ApplyStep.OTHER_EMPLOYER, ApplyStep.OTHER_EMAIL)) {
            steps.add(Ref.of(s));
        }
        int children = Math.max(1, d.getChildren().size());
        for (int i = 0; i < children; i++) {
            steps.add(new Ref(ApplyStep.CHILD_NAME, i));
            steps.add(new Ref(ApplyStep.CHILD_DOB, i));
            if (i < d.getChildren().size() && needsEducationQuestion(d.getChildren().get(i))) {
                steps.add(new Ref(ApplyStep.CHILD_EDUCATION, i));
            }
        }
        steps.add(Ref.of(ApplyStep.MORE_CHILDREN));
        steps.add(Ref.of(ApplyStep.LIVE_IN_UK));
        steps.add(Ref.of(ApplyStep.SERVICE_TYPE));
        if (d.getApplicantType() == null || d.getApplicantType().role() == PartyRole.RECEIVING) {
            steps.add(Ref.of(ApplyStep.BANK));
        }
        steps.add(Ref.of(ApplyStep.CHECK));
        return steps;
    }

    boolean needsEducationQuestion(ApplicationDraft.ChildDraft child) {
        if (child.getDateOfBirth() == null) {
            return false;
        }
        int age = ageOn(child.getDateOfBirth(), today);
        return age >= 16 && age < 20;
    }

    static int ageOn(LocalDate birth, LocalDate day) {
        return Period.between(birth, day).getYears();
    }

    /** The first page not yet answered in full (or the check page when everything is). */
    Ref firstIncomplete(ApplicationDraft d) {
        for (Ref ref : steps(d)) {
            if (ref.step() != ApplyStep.CHECK && !complete(ref, d)) {
                return ref;
            }
        }
        return Ref.of(ApplyStep.CHECK);
    }

    boolean complete(Ref ref, ApplicationDraft d) {
        return d.getAnswered().contains(ref.key()) && errors(ref, d).isEmpty() && stop(ref, d).isEmpty();
    }

    /**
     * Why the application cannot go on from this page (a page of its own, not a field error):
     * "not-in-uk", "child-too-old" or "child-not-eligible".
     */
    Optional<String> stop(Ref ref, ApplicationDraft d) {
        return switch (ref.step()) {
            case LIVE_IN_UK -> Boolean.FALSE.equals(d.getAllInUk()) ? Optional.of("not-in-uk") : Optional.empty();
            case CHILD_DOB -> {
                LocalDate dob = child(d, ref).getDateOfBirth();
                yield dob != null && !dob.isAfter(today) && ageOn(dob, today) >= 20
                        ? Optional.of("child-too-old") : Optional.empty();
            }
            case CHILD_EDUCATION -> Boolean.FALSE.equals(child(d, ref).getInEducation())
                    ? Optional.of("child-not-eligible") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** What is missing or wrong on one page: field name and translation key. */
    List<FieldError> errors(Ref ref, ApplicationDraft d) {
        List<FieldError> e = new ArrayList<>();
        switch (ref.step()) {
            case REFERENCE -> {
                String urn = d.getPreApplicationReference();
                if (blank(urn)) {
                    e.add(fe("reference", "error.apply.reference.missing"));
                } else if (!Formats.preApplicationReference(urn)) {
                    e.add(fe("reference", "error.apply.reference.format"));
                } else if (!referenceIssued.test(Formats.digitsOnly(urn))) {
                    e.add(fe("reference", "error.apply.reference.unknown"));
                }
            }
            case WHO -> require(e, d.getApplicantType(), "applicantType", "error.apply.who.missing");
            case DOMESTIC_ABUSE -> require(e, d.getDomesticAbuse(), "domesticAbuse", "error.apply.domesticAbuse.missing");
            case SAFE_TO_SHARE -> require(e, d.getNotSafeToShare(), "notSafeToShare", "error.apply.safeToShare.missing");
            case YOUR_ADDRESS -> {
                text(e, d.getAddress(), "address", "error.apply.address.missing", 500);
                postcode(e, d.getPostcode(), "postcode", true);
            }
            case YOUR_PHONE -> {
                if (!blank(d.getPhone()) && !Formats.phone(d.getPhone())) {
                    e.add(fe("phone", "error.apply.phone.format"));
                }
            }
            case OTHER_NAME -> text(e, d.getOtherName(), "otherName", "error.apply.otherName.missing", 200);
            case OTHER_DOB -> {
                if (!d.isOtherDateOfBirthUnknown()) {
                    if (d.getOtherDateOfBirth() == null) {
                        e.add(fe("otherDateOfBirth", "error.apply.otherDob.missing"));
                    } else if (!d.getOtherDateOfBirth().isBefore(today.minusYears(10))) {
                        e.add(fe("otherDateOfBirth", "error.apply.otherDob.past"));
                    }
                }
            }
            case OTHER_ADDRESS -> {
                require(e, d.getOtherAddressKnown(), "otherAddressKnown", "error.apply.otherAddressKnown.missing");
                if (Boolean.TRUE.equals(d.getOtherAddressKnown())) {
                    text(e, d.getOtherAddress(), "otherAddress", "error.apply.otherAddress.missing", 500);
                    postcode(e, d.getOtherPostcode(), "otherPostcode", false);
                }
            }
            case OTHER_NI -> {
                if (!blank(d.getOtherNiNumber()) && !Formats.niNumber(d.getOtherNiNumber())) {
                    e.add(fe("otherNiNumber", "error.apply.ni.format"));
                }
            }
            case OTHER_EMPLOYER -> {
                if (!blank(d.getOtherEmployer()) && d.getOtherEmployer().trim().length() > 200) {
                    e.add(fe("otherEmployer", "error.apply.employer.tooLong"));
                }
            }
            case OTHER_EMAIL -> {
                if (!blank(d.getOtherEmail()) && !Formats.email(d.getOtherEmail())) {
                    e.add(fe("otherEmail", "error.apply.email.format"));
                }
            }
            case CHILD_NAME -> text(e, child(d, ref).getName(), "childName", "error.apply.childName.missing", 200);
            case CHILD_DOB -> {
                LocalDate dob = child(d, ref).getDateOfBirth();
                if (dob == null) {
                    e.add(fe("childDateOfBirth", "error.apply.childDob.missing"));
                } else if (dob.isAfter(today)) {
                    e.add(fe("childDateOfBirth", "error.apply.childDob.future"));
                }
            }
            case CHILD_EDUCATION -> require(e, child(d, ref).getInEducation(), "childInEducation",
                    "error.apply.childEducation.missing");
            case MORE_CHILDREN -> require(e, d.getMoreChildren(), "moreChildren", "error.apply.moreChildren.missing");
            case LIVE_IN_UK -> require(e, d.getAllInUk(), "allInUk", "error.apply.uk.missing");
            case SERVICE_TYPE -> {
                require(e, d.getServiceType(), "serviceType", "error.apply.serviceType.missing");
                if (PaymentSafety.choiceWithdrawn(d.safetyConcern(), d.getServiceType())) {
                    e.add(fe("serviceType", "error.apply.serviceType.notOffered"));
                }
            }
            case BANK -> {
                text(e, d.getBankAccountName(), "bankAccountName", "error.apply.bankName.missing", 100);
                if (blank(d.getSortCode())) {
                    e.add(fe("sortCode", "error.apply.sortCode.missing"));
                } else if (!Formats.sortCode(d.getSortCode())) {
                    e.add(fe("sortCode", "error.apply.sortCode.format"));
                }
                if (blank(d.getAccountNumber())) {
                    e.add(fe("accountNumber", "error.apply.accountNumber.missing"));
                } else if (!Formats.accountNumber(d.getAccountNumber())) {
                    e.add(fe("accountNumber", "error.apply.accountNumber.format"));
                }
            }
            case CHECK -> {
            }
        }
        return e;
    }

    private static ApplicationDraft.ChildDraft child(ApplicationDraft d, Ref ref) {
        return d.child(ref.child());
    }

    private static void require(List<FieldError> e, @Nullable Object value, String field, String key) {
        if (value == null) {
            e.add(fe(field, key));
        }
    }

    private static void text(List<FieldError> e, @Nullable String value, String field, String missingKey, int max) {
        if (blank(value)) {
            e.add(fe(field, missingKey));
        } else if (value.trim().length() > max) {
            e.add(fe(field, "error.apply.tooLong"));
        }
    }

    private static void postcode(List<FieldError> e, @Nullable String value, String field, boolean required) {
        if (blank(value)) {
            if (required) {
                e.add(fe(field, "error.apply.postcode.missing"));
            }
        } else if (!Formats.postcode(value)) {
            e.add(fe(field, "error.apply.postcode.format"));
        }
    }

    static FieldError fe(String field, String key) {
        return new FieldError(field, key);
    }
}
