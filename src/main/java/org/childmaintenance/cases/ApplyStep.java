package org.childmaintenance.cases;

import java.util.Optional;

/** The pages of the application, one question each. Child pages carry the child's index. */
public enum ApplyStep {
    REFERENCE("reference"),
    WHO("who"),
    DOMESTIC_ABUSE("domestic-abuse"),
    SAFE_TO_SHARE("safe-to-share"),
    YOUR_ADDRESS("your-address"),
    YOUR_PHONE("your-phone"),
    OTHER_NAME("other-parent-name"),
    OTHER_DOB("other-parent-date-of-birth"),
    OTHER_ADDRESS("other-parent-address"),
    OTHER_NI("other-parent-national-insurance"),
    OTHER_EMPLOYER("other-parent-employer"),
    OTHER_EMAIL("other-parent-email"),
    CHILD_NAME("child-name"),
    CHILD_DOB("child-date-of-birth"),
    CHILD_EDUCATION("child-education"),
    MORE_CHILDREN("more-children"),
    LIVE_IN_UK("live-in-uk"),
    SERVICE_TYPE("payments"),
    BANK("bank-details"),
    CHECK("check-answers");

    private final String slug;

    ApplyStep(String slug) {
        this.slug = slug;
    }

    /** The step's part of the address, e.g. {@code other-parent-name}. */
    public String slug() {
        return slug;
    }

    public boolean perChild() {
        return this == CHILD_NAME || this == CHILD_DOB || this == CHILD_EDUCATION;
    }

    public static Optional<ApplyStep> fromSlug(String slug) {
        for (ApplyStep s : values()) {
            if (s.slug.equals(slug)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A page of the application: the step and, for child pages, which child (from 0). */
    public record Ref(ApplyStep step, int child) {
        public static Ref of(ApplyStep step) {
            return new Ref(step, 0);
        }

        String key() {
            return step.perChild() ? step.slug + "/" + child : step.slug;
        }
    }
}
