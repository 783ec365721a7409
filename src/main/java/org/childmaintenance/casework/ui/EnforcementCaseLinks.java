package org.childmaintenance.casework.ui;

import java.util.List;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.CaseLinks;
import org.childmaintenance.casework.EnforcementActions;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** On a parent's My case: a link to the enforcement on their case, once there is any (LC-12.6). */
@Component
@Order(40)
class EnforcementCaseLinks implements CaseLinks {
    private final EnforcementActions enforcement;

    EnforcementCaseLinks(EnforcementActions enforcement) {
        this.enforcement = enforcement;
    }

    @Override
    public List<Link> linksFor(long caseId) {
        try {
            EnforcementActions.ParentView v = enforcement.forParent(caseId);
            if (v.actions().isEmpty() && !v.actionUnderWay()) {
                return List.of();
            }
        } catch (AccessDeniedException | UserFacingException notForThisViewer) {
            return List.of();
        }
        return List.of(new Link("case-enforcement", Texts.t("mycase.link.enforcement"), "case/" + caseId + "/enforcement"));
    }
}
