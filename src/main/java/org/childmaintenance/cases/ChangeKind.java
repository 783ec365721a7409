package org.childmaintenance.cases;

import java.util.Optional;
import java.util.Set;

/** The changes a parent can report (case-lifecycle.md §10), and who may report each. */
public enum ChangeKind {
    INCOME("income", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    EMPLOYMENT("employment", Set.of(PartyRole.PAYING)),
    BENEFITS("benefits", Set.of(PartyRole.PAYING)),
    SHARED_CARE("shared-care", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    CHILD_ADDED("child-added", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    CHILD_LEFT_EDUCATION("child-left-education", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    CHILD_TURNED_20("child-turned-20", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    CHILD_LEFT_UK("child-left-uk", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    OTHER_CHILDREN("other-children", Set.of(PartyRole.PAYING)),
    ADDRESS("address", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    PHONE("phone", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    BANK("bank-details", Set.of(PartyRole.RECEIVING)),
    SERVICE_TYPE("service-type", Set.of(PartyRole.PAYING, PartyRole.RECEIVING)),
    CLOSE("close-case", Set.of(PartyRole.PAYING, PartyRole.RECEIVING));

    private final String slug;
    private final Set<PartyRole> reportableBy;

    ChangeKind(String slug, Set<PartyRole> reportableBy) {
        this.slug = slug;
        this.reportableBy = reportableBy;
    }

    public String slug() {
        return slug;
    }

    public boolean reportableBy(PartyRole role) {
        return reportableBy.contains(role);
    }

    /** Changes about a child (LC-10.5) that end or add a child's part of the case. */
    public boolean aboutChild() {
        return this == CHILD_LEFT_EDUCATION || this == CHILD_TURNED_20 || this == CHILD_LEFT_UK;
    }

    public static Optional<ChangeKind> fromSlug(String slug) {
        for (ChangeKind k : values()) {
            if (k.slug.equals(slug)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
