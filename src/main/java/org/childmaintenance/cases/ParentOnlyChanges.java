package org.childmaintenance.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Changes only the parent (or someone with legal authority) may report (LC-16.3): bank details,
 * the payment route, closing the case. Reporting them needs CaseAction.MANAGE, not REPORT_CHANGE.
 */
final class ParentOnlyChanges {
    private static final Set<ChangeKind> KINDS = EnumSet.of(ChangeKind.BANK, ChangeKind.SERVICE_TYPE, ChangeKind.CLOSE);

    private ParentOnlyChanges() {
    }

    static boolean needsManage(ChangeKind kind) {
        return KINDS.contains(kind);
    }
}
