package org.childmaintenance.calculation;

/** The rate that applies to the paying parent (calculation.md step 2). */
public enum RateBand {
    NIL("nil", "Nil rate"),
    FLAT_INCOME("flat_income", "Flat rate (income £100 a week or less)"),
    FLAT_BENEFIT("flat_benefit", "Flat rate (benefits)"),
    REDUCED("reduced", "Reduced rate"),
    BASIC("basic", "Basic rate"),
    BASIC_PLUS("basic_plus", "Basic plus rate");

    private final String code;
    private final String label;

    RateBand(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code used in the calculation vectors and the API, e.g. {@code basic_plus}. */
    public String code() {
        return code;
    }

    /** A label for people, e.g. "Basic plus rate". */
    public String label() {
        return label;
    }

    /** Whether shared care works by fractions (para 7) and para 5A applies: reduced, basic and basic plus. */
    boolean isIncomeBased() {
        return this == REDUCED || this == BASIC || this == BASIC_PLUS;
    }
}
