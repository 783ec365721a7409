package org.childmaintenance.options;

import static org.childmaintenance.options.ArrangementInput.fail;
import static org.childmaintenance.options.ArrangementInput.parseAmount;
import static org.childmaintenance.options.ArrangementInput.requiredText;
import static org.childmaintenance.options.ArrangementInput.trim;
import static org.childmaintenance.options.ArrangementParties.me;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.PortalPrincipal;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.calculation.CalculationEngine;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.childmaintenance.calculation.CalculationInput;
import org.childmaintenance.calculation.CalculationResult;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementRecords.Estimate;
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arrangement builder (journeys.md §2): the author writes a draft page by page, from an
 * estimate or their own amount, and agrees it. Only the author changes a draft.
 */
@Service
@PreAuthorize("hasRole('PARENT')")
public class ArrangementBuilder {
    static final int MAX_CHILDREN = 10;

    private final FamilyArrangementRepository arrangements;
    private final ArrangementParties parties;
    private final CalculationEngine engine;
    private final AuditService audit;
    private final Clock clock;

    ArrangementBuilder(FamilyArrangementRepository arrangements, ArrangementParties parties, CalculationEngine engine,
                       AuditService audit, Clock clock) {
        this.arrangements = arrangements;
        this.parties = parties;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a new draft arrangement written by the signed-in parent. */
    @Transactional
    public long start() {
        PortalPrincipal me = me();
        FamilyArrangement a = arrangements.save(new FamilyArrangement(me.accountId(), me.fullName(), me.email(),
                clock.instant()));
        audit.record("ARRANGEMENT_STARTED", "arrangement", a.id.toString(), null);
        return a.id;
    }

    /** Who pays and who receives, and the other parent's name as it should appear in the agreement. */
    @Transactional
    public void saveParties(long arrangementId, ParentRole yourRole, String otherParentName) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        if (yourRole == null) {
            errors.add(new FieldError("role", "error.arrangement.role.missing"));
        }
        String name = trim(otherParentName);
        if (name.isEmpty()) {
            errors.add(new FieldError("otherName", "error.arrangement.otherName.missing"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("otherName", "error.arrangement.otherName.tooLong"));
        }
        fail(errors);
        a.creatorRole = yourRole;
        a.otherName = name;
        parties.changed(a, "parties");
    }

    /** The children the arrangement is for (first names; dates of birth optional). */
    @Transactional
    public void saveChildren(long arrangementId, List<ChildDetails> children) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        if (children == null || children.isEmpty()) {
            throw UserFacingException.onField("children", "error.arrangement.children.missing");
        }
        if (children.size() > MAX_CHILDREN) {
            throw UserFacingException.onField("children", "error.arrangement.children.tooMany");
        }
        LocalDate today = LocalDate.now(clock);
        for (ChildDetails c : children) {
            String name = trim(c.firstName());
            if (name.isEmpty() || name.length() > 100) {
                throw UserFacingException.onField("childName", "error.arrangement.childName.missing");
            }
            if (c.dateOfBirth() != null && (c.dateOfBirth().isAfter(today) || c.dateOfBirth().isBefore(today.minusYears(20)))) {
                throw UserFacingException.onField("childDob", "error.arrangement.childDob.range");
            }
        }
        a.children.clear();
        int position = 0;
        for (ChildDetails c : children) {
            a.children.add(new ArrangementChild(position++, trim(c.firstName()), c.dateOfBirth()));
        }
        parties.changed(a, "children");
    }

    /**
     * An estimate from the 2012-scheme calculation (calculation.md) for the children of this
     * arrangement: the paying parent's yearly gross income and the nights a year each child stays with
     * them. Kept with the draft so the amount page can offer it; the parents may agree any amount.
     */
    @Transactional
    public Estimate estimate(long arrangementId, String annualIncome, String nightsPerYear) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal income = null;
        if (trim(annualIncome).isEmpty()) {
            errors.add(new FieldError("income", "error.arrangement.income.missing"));
        } else {
            income = MoneyText.tryParse(annualIncome).orElse(null);
            if (income == null) {
                errors.add(new FieldError("income", "error.arrangement.income.format"));
            }
        }
        int nights = 0;
        String n = trim(nightsPerYear);
        if (n.isEmpty()) {
            errors.add(new FieldError("nights", "error.arrangement.nights.missing"));
        } else if (!n.matches("\\d{1,3}") || Integer.parseInt(n) > 365) {
            errors.add(new FieldError("nights", "error.arrangement.nights.format"));
        } else {
            nights = Integer.parseInt(n);
        }
        fail(errors);
        int childCount = Math.max(1, a.children.size());
        List<ChildInput> children = new ArrayList<>();
        for (int i = 0; i < childCount; i++) {
            children.add(new ChildInput("c" + (i + 1), nights));
        }
        CalculationResult result = engine.calculate(new CalculationInput(null, income, null, null, null, 0, 0,
                List.of(new ReceivingParentInput("rp", children)), true));
        a.estimateWeekly = result.totalWeekly();
        parties.changed(a, "estimate");
        return new Estimate(result.totalEquivalents().weekly(), result.totalEquivalents().monthly());
    }

    /** The agreed amount and how often it is paid. */
    @Transactional
    public void saveAmount(long arrangementId, String amountText, Frequency frequency) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = parseAmount(amountText, "amount", errors);
        if (frequency == null) {
            errors.add(new FieldError("frequency", "error.arrangement.frequency.missing"));
        }
        fail(errors);
        a.amount = amount;
        a.frequency = frequency;
        parties.changed(a, "amount");
    }

    /** How and when it is paid, the first payment date and (optionally) details shared for paying. */
    @Transactional
    public void savePayment(long arrangementId, PaymentMethod method, String timing, LocalDate firstPaymentDate,
                            String sharedDetails) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        if (method == null) {
            errors.add(new FieldError("method", "error.arrangement.method.missing"));
        }
        String when = trim(timing);
        if (when.isEmpty()) {
            errors.add(new FieldError("timing", "error.arrangement.timing.missing"));
        } else if (when.length() > 200) {
            errors.add(new FieldError("timing", "error.arrangement.timing.tooLong"));
        }
        LocalDate today = LocalDate.now(clock);
        if (firstPaymentDate == null) {
            errors.add(new FieldError("firstPayment", "error.arrangement.firstPayment.missing"));
        } else if (firstPaymentDate.isBefore(today.minusYears(1)) || firstPaymentDate.isAfter(today.plusYears(1))) {
            errors.add(new FieldError("firstPayment", "error.arrangement.firstPayment.range"));
        }
        String shared = trim(sharedDetails);
        if (shared.length() > 500) {
            errors.add(new FieldError("shared", "error.arrangement.shared.tooLong"));
        }
        fail(errors);
        a.paymentMethod = method;
        a.paymentTiming = when;
        a.firstPaymentDate = firstPaymentDate;
        a.sharedDetails = shared.isEmpty() ? null : shared;
        parties.changed(a, "payment");
    }

    /** Who pays for school trips, clothes and activities. */
    @Transactional
    public void saveExtras(long arrangementId, ExtrasPayer schoolTrips, ExtrasPayer clothes, ExtrasPayer activities) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        if (schoolTrips == null) {
            errors.add(new FieldError("schoolTrips", "error.arrangement.schoolTrips.missing"));
        }
        if (clothes == null) {
            errors.add(new FieldError("clothes", "error.arrangement.clothes.missing"));
        }
        if (activities == null) {
            errors.add(new FieldError("activities", "error.arrangement.activities.missing"));
        }
        fail(errors);
        a.extrasSchoolTrips = schoolTrips;
        a.extrasClothes = clothes;
        a.extrasActivities = activities;
        parties.changed(a, "extras");
    }

    /** What happens about school holidays, birthdays and festivals. */
    @Transactional
    public void saveHolidays(long arrangementId, String holidays) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        a.holidays = requiredText(holidays, "holidays", 1000);
        parties.changed(a, "holidays");
    }

    /** What the parents will do if circumstances change (income, care, a new partner, moving). */
    @Transactional
    public void saveChangesPlan(long arrangementId, String changesPlan) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        a.changesPlan = requiredText(changesPlan, "changes", 1000);
        parties.changed(a, "changes");
    }

    /** When the parents will look at the arrangement again: after the first payment, within 2 years. */
    @Transactional
    public void saveReviewDate(long arrangementId, LocalDate reviewDate) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        LocalDate today = LocalDate.now(clock);
        if (reviewDate == null) {
            throw UserFacingException.onField("reviewDate", "error.arrangement.reviewDate.missing");
        }
        if (!reviewDate.isAfter(today) || (a.firstPaymentDate != null && !reviewDate.isAfter(a.firstPaymentDate))) {
            throw UserFacingException.onField("reviewDate", "error.arrangement.reviewDate.past");
        }
        if (reviewDate.isAfter(today.plusYears(2))) {
            throw UserFacingException.onField("reviewDate", "error.arrangement.reviewDate.tooFar");
        }
        a.reviewDate = reviewDate;
        parties.changed(a, "review date");
    }

    /** The author agrees the finished draft; it can then be shared with the other parent. */
    @Transactional
    public void agree(long arrangementId) {
        FamilyArrangement a = parties.requireDraft(arrangementId);
        if (!a.complete()) {
            throw new UserFacingException("error.arrangement.incomplete");
        }
        a.status = Status.AGREED;
        a.agreedByCreatorAt = clock.instant();
        audit.record("ARRANGEMENT_AGREED", "arrangement", a.id.toString(), null);
    }
}
