package org.childmaintenance.messages.ui;

import java.util.List;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.ui.CaseLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On My case: write to the service about this case. */
@Component
@Order(20)
class MessageCaseLinks implements CaseLinks {
    MessageCaseLinks() {
    }

    @Override
    public List<Link> linksFor(long caseId) {
        return List.of(new Link("case-message", Texts.t("mycase.link.message"),
                "messages/new/" + caseId));
    }
}
