package org.childmaintenance.calculation;

/**
 * A problem with one input field.
 *
 * @param field path of the field in {@link CalculationInput}, e.g.
 *     {@code receivingParents[1].children[0].sharedCareNights}
 * @param message plain-English text meant for the person who entered it
 */
public record ValidationError(String field, String message) {
}
