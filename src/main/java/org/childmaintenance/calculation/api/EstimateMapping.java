package org.childmaintenance.calculation.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.childmaintenance.calculation.BenefitFlatRate;
import org.childmaintenance.calculation.BreakdownStep;
import org.childmaintenance.calculation.CalculationInput;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.childmaintenance.calculation.CalculationResult;
import org.childmaintenance.calculation.NilRateCategory;
import org.childmaintenance.calculation.ValidationError;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Maps the JSON shape of the vectors to the engine's records and back; names errors by JSON path. */
final class EstimateMapping {

    private static final Pattern CAPITAL = Pattern.compile("([A-Z])");

    private EstimateMapping() {
    }

    /** The engine input, plus any errors found while mapping (unknown codes). */
    record Mapped(CalculationInput input, List<ValidationError> errors) {
    }

    static Mapped toInput(EstimateRequest request) {
        List<ValidationError> errors = new ArrayList<>();
        BenefitFlatRate benefit = code(request.benefitFlatRate(), BenefitFlatRate::fromCode, BenefitFlatRate.values(),
                BenefitFlatRate::code, "benefitFlatRate", errors);
        NilRateCategory nil = code(request.nilRateCategory(), NilRateCategory::fromCode, NilRateCategory.values(),
                NilRateCategory::code, "nilRateCategory", errors);
        List<@Nullable ReceivingParentInput> parents = null;
        if (request.receivingParents() != null) {
            parents = new ArrayList<>();
            for (EstimateRequest.ReceivingParent parent : request.receivingParents()) {
                parents.add(parent == null ? null : new ReceivingParentInput(parent.id(), children(parent.children())));
            }
        }
        CalculationInput input = new CalculationInput(request.grossWeeklyIncome(), request.grossAnnualIncome(),
                request.pensionContributions(), benefit, nil, orZero(request.relevantOtherChildren()),
                orZero(request.otherArrangementChildren()), parents,
                Boolean.TRUE.equals(request.monthlyEquivalentRequested()));
        return new Mapped(input, errors);
    }

    private static @Nullable List<@Nullable ChildInput> children(@Nullable List<EstimateRequest.@Nullable Child> children) {
        if (children == null) {
            return null;
        }
        List<@Nullable ChildInput> mapped = new ArrayList<>();
        for (EstimateRequest.Child child : children) {
            mapped.add(child == null ? null : new ChildInput(child.id(), orZero(child.sharedCareNights())));
        }
        return mapped;
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static <E> @Nullable E code(@Nullable String code, Function<String, java.util.Optional<E>> fromCode,
            E[] values, Function<E, String> toCode, String field, List<ValidationError> errors) {
        if (code == null) {
            return null;
        }
        E value = fromCode.apply(code).orElse(null);
        if (value == null) {
            errors.add(new ValidationError(field, "Choose one of: "
                    + Arrays.stream(values).map(toCode).collect(Collectors.joining(", "))));
        }
        return value;
    }

    static EstimateResponse toResponse(CalculationResult result) {
        List<EstimateResponse.ReceivingParentAmount> parents = result.receivingParents().stream()
                .map(parent -> new EstimateResponse.ReceivingParentAmount(parent.id(),
                        parent.weeklyAmount().toPlainString(),
                        result.monthlyEquivalentRequested() ? parent.equivalents().monthly().toPlainString() : null))
                .toList();
        List<EstimateResponse.Step> steps = result.breakdown().stream().map(EstimateMapping::step).toList();
        return new EstimateResponse(parents, result.rateBand().code(), result.weeklyRate().toPlainString(),
                result.weeklyLiabilityAfterOtherArrangements() == null ? null
                        : result.weeklyLiabilityAfterOtherArrangements().toPlainString(),
                result.totalWeekly().toPlainString(), result.minimumApplied(), steps);
    }

    private static EstimateResponse.Step step(BreakdownStep step) {
        return new EstimateResponse.Step(step.step(), step.rule(), step.receivingParentId(), figures(step.figuresIn()),
                figures(step.figuresOut()), step.explanation());
    }

    private static List<EstimateResponse.Figure> figures(List<BreakdownStep.Figure> figures) {
        return figures.stream().map(f -> new EstimateResponse.Figure(f.name(), f.value())).toList();
    }

    static ErrorResponse toErrors(List<ValidationError> errors) {
        return new ErrorResponse(errors.stream()
                .map(e -> new ErrorResponse.FieldMessage(jsonPath(e.field()), e.message()))
                .toList());
    }

    /** {@code receivingParents[1].children[0].sharedCareNights} → {@code receiving_parents[1].children[0].shared_care_nights}. */
    static String jsonPath(String enginePath) {
        return CAPITAL.matcher(enginePath).replaceAll(m -> "_" + m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** A JSON value of the wrong type: its path and what to enter instead. */
    static ErrorResponse toErrors(JacksonException e) {
        if (!(e instanceof MismatchedInputException mismatch)) {
            return ErrorResponse.of("", "The request body is not valid JSON");
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (path.isEmpty()) {
            // e.g. an array, a string, or a second object after the first
            return ErrorResponse.of("", "The request body must be one JSON object with the estimate details");
        }
        return ErrorResponse.of(path.toString(), expected(mismatch.getTargetType()));
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "This value is not valid";
        } else if (type == java.math.BigDecimal.class) {
            return "Enter an amount of money, like 250.00";
        } else if (type == Integer.class || type == int.class) {
            return "Enter a whole number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "Enter true or false";
        } else if (type == String.class) {
            return "Enter text";
        } else if (List.class.isAssignableFrom(type)) {
            return "Enter a list";
        } else if (type.isRecord()) {
            return "Enter an object, in curly brackets";
        }
        return "This value is not valid";
    }
}
