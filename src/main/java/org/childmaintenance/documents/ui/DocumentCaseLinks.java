package org.childmaintenance.documents.ui;

import java.util.List;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.ui.CaseLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On My case: every letter and statement for the case in one place. */
@Component
@Order(10)
class DocumentCaseLinks implements CaseLinks {
    DocumentCaseLinks() {
    }

    @Override
    public List<Link> linksFor(long caseId) {
        return List.of(new Link("case-documents", Texts.t("mycase.link.documents"),
                "documents/" + caseId));
    }
}
