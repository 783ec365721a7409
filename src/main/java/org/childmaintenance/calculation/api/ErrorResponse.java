package org.childmaintenance.calculation.api;

import java.util.List;

/**
 * {@code {"errors":[{"field":"...","message":"..."}]}}. The field is the JSON path of the value
 * (e.g. {@code receiving_parents[1].children[0].shared_care_nights}), empty when the error is
 * about the whole request. Messages are meant for people; no exception text reaches the client.
 */
record ErrorResponse(List<FieldMessage> errors) {

    record FieldMessage(String field, String message) {
    }

    static ErrorResponse of(String field, String message) {
        return new ErrorResponse(List.of(new FieldMessage(field, message)));
    }
}
