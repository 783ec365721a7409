package org.childmaintenance.cases;

/**
 * Questions asked on a case after the application: the paying parent's details and the
 * report-a-change journeys. {@link PayingParentDetails#detailsQuestions} and
 * {@link ChangeReporting#changeQuestions} say which are asked, in order.
 */
public enum CaseQuestion {
    INCOME_TYPE, INCOME, EMPLOYER, BENEFIT, PENSION, OTHER_CHILDREN, OTHER_ARRANGEMENT, NIGHTS, PAYMENT_FREQUENCY,
    HAPPENED_ON, WHICH_CHILD, NEW_CHILD_NAME, NEW_CHILD_DATE_OF_BIRTH, NEW_CHILD_EDUCATION, ADDRESS, PHONE, BANK,
    SERVICE_TYPE, CLOSE_REASON;

    /** A question, and for per-child questions the child's id. */
    public record Ref(CaseQuestion question, @org.jspecify.annotations.Nullable Long childId) {
        public static Ref of(CaseQuestion q) {
            return new Ref(q, null);
        }
    }
}
