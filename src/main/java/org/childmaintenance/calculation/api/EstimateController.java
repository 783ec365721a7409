package org.childmaintenance.calculation.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.childmaintenance.calculation.CalculationEngine;
import org.childmaintenance.calculation.InvalidCalculationInputException;
import org.childmaintenance.calculation.ValidationError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/estimates}: a weekly child maintenance estimate with its breakdown
 * (calculation.md). Public and stateless; rate-limited per address by {@link EstimateRateLimitFilter}.
 */
@RestController
@RequestMapping("/api/v1/estimates")
public class EstimateController {

    /**
     * The body is read here, not by the application's shared JSON mapper, so money is read exactly
     * and 2.5 nights is an error rather than 2, whatever the application's Jackson settings.
     */
    private static final JsonMapper REQUEST_READER = JsonMapper.builder()
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final CalculationEngine engine;

    public EstimateController(CalculationEngine engine) {
        this.engine = engine;
    }

    /**
     * Calculates an estimate from the vectors' {@code input} shape; answers the {@code expected}
     * shape plus the breakdown, or 400 with field errors.
     */
    @PostMapping
    public EstimateResponse estimate(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
            @Nullable String contentType, @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
            @Nullable String acceptLanguage, @RequestBody(required = false) @Nullable String body) {
        // Checked here rather than with "consumes", so that the 415 answer has our JSON body too.
        if (!isJson(contentType)) {
            throw new NotJsonException();
        }
        if (body == null || body.isBlank()) {
            throw new MissingBodyException();
        }
        EstimateMapping.Mapped mapped = EstimateMapping.toInput(REQUEST_READER.readValue(body, EstimateRequest.class));
        List<ValidationError> errors = new ArrayList<>(mapped.errors());
        errors.addAll(engine.validate(mapped.input()));
        if (!errors.isEmpty()) {
            throw new InvalidCalculationInputException(errors);
        }
        return EstimateMapping.toResponse(engine.calculate(mapped.input(), language(acceptLanguage)));
    }

    /**
     * The breakdown's language: Welsh when the caller prefers Welsh to English ({@code Accept-Language: cy}),
     * else English. Only the explanations and rule references change; codes, figures and errors do not.
     */
    static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.UK;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) { // highest weight first
                String primary = range.getRange().split("-", 2)[0];
                if (range.getWeight() > 0 && "cy".equals(primary)) {
                    return Locale.of("cy", "GB");
                }
                if (range.getWeight() > 0 && ("en".equals(primary) || "*".equals(primary))) {
                    return Locale.UK;
                }
            }
            return Locale.UK;
        } catch (IllegalArgumentException e) {
            return Locale.UK;
        }
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorResponse invalidInput(InvalidCalculationInputException e) {
        return EstimateMapping.toErrors(e.errors());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorResponse unreadableJson(JacksonException e) {
        return EstimateMapping.toErrors(e);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorResponse missingBody(MissingBodyException e) {
        return ErrorResponse.of("", "Send the estimate details as JSON in the request body");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    ErrorResponse notJson(NotJsonException e) {
        return ErrorResponse.of("", "Send the estimate details as JSON (Content-Type: application/json)");
    }

    static final class MissingBodyException extends RuntimeException {
        MissingBodyException() {
            super("Request body is missing", null, false, false);
        }
    }

    static final class NotJsonException extends RuntimeException {
        NotJsonException() {
            super("Request body is not JSON", null, false, false);
        }
    }
}
