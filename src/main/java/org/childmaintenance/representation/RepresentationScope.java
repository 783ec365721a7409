package org.childmaintenance.representation;

import java.util.EnumSet;
import java.util.Set;
import org.childmaintenance.identity.CaseAction;

/**
 * What a parent lets a representative do (LC-16.2), each scope including the one before. Never
 * MANAGE (bank details, payment destination, closing the case, more representatives: LC-16.3)
 * unless a caseworker records legal authority.
 */
public enum RepresentationScope {
    /** See the case, the schedule, payments and letters. */
    SEE(EnumSet.of(CaseAction.VIEW, CaseAction.LETTERS)),
    /** Also report changes (and missed or received payments) and upload evidence. */
    REPORT(EnumSet.of(CaseAction.VIEW, CaseAction.LETTERS, CaseAction.REPORT_CHANGE, CaseAction.PAYMENTS,
            CaseAction.EVIDENCE)),
    /** Also exchange messages, ask for a reconsideration and make complaints. */
    FULL(EnumSet.of(CaseAction.VIEW, CaseAction.LETTERS, CaseAction.REPORT_CHANGE, CaseAction.PAYMENTS,
            CaseAction.EVIDENCE, CaseAction.MESSAGES, CaseAction.DISPUTE)),
    /** Legal authority (attorney, deputy), recorded by casework: everything the parent may do. */
    LEGAL_AUTHORITY(EnumSet.allOf(CaseAction.class));

    private final Set<CaseAction> actions;

    RepresentationScope(Set<CaseAction> actions) {
        this.actions = Set.copyOf(actions);
    }

    public Set<CaseAction> actions() {
        return actions;
    }

    /** The scopes a parent may choose (legal authority is recorded by casework only). */
    public static Set<RepresentationScope> parentChoices() {
        return EnumSet.of(SEE, REPORT, FULL);
    }
}
