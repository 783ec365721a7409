package org.childmaintenance.employer.ui;

import java.util.List;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.ui.CaseLinks;
import org.childmaintenance.employer.DeductionService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the paying parent's My case: a link to the deductions from their pay, when an order exists. */
@Component
@Order(30)
class DeductionCaseLinks implements CaseLinks {
    private final DeductionService deductions;
    DeductionCaseLinks(DeductionService deductions) {
        this.deductions = deductions;
    }

    @Override
    public List<Link> linksFor(long caseId) {
        if (!deductions.hasOrdersForMe(caseId)) {
            return List.of();
        }
        return List.of(new Link("case-deductions", Texts.t("mycase.link.deductions"),
                "case/" + caseId + "/deductions"));
    }
}
