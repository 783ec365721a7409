package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.disputes.ComplaintService.ComplaintView;
import org.childmaintenance.disputes.ReconsiderationCasework.CaseItem;
import org.childmaintenance.representation.LegalAuthorityService.CaseRepresentative;

/**
 * The case page's disputes section (reconsiderations and complaints, each linked to its casework page)
 * and representatives section (who may act for which parent, with what scope, until when).
 */
final class CaseDisputesSection {
    private CaseDisputesSection() {
    }

    static DataTable disputes(PortalPage page, List<CaseItem> reconsiderations, List<ComplaintView> complaints) {
        DataTable t = new DataTable(page.getTranslation("desk.disputes.caption"), page.getTranslation("desk.col.type"),
                page.getTranslation("desk.col.date"), page.getTranslation("desk.col.status"),
                page.getTranslation("desk.col.detail"));
        t.setId("case-disputes");
        for (CaseItem r : reconsiderations) {
            Anchor link = new Anchor("casework/reconsiderations/" + r.id(), page.getTranslation("desk.disputes.reconsideration"));
            link.setId("case-reconsideration-" + r.id());
            String detail = page.getTranslation("desk.disputes.askedBy." + r.askedBy().name())
                    + (r.outcome() == null ? "" : " · " + page.getTranslation("disputes.outcome." + r.outcome()));
            t.rowOf(link, CaseRecordView.when(r.requestedAt()), page.getTranslation("disputes.status." + r.status().name()),
                    detail);
        }
        for (ComplaintView c : complaints) {
            Anchor link = new Anchor("casework/complaints/" + c.id(), page.getTranslation("desk.disputes.complaint", c.reference()));
            link.setId("case-complaint-" + c.id());
            t.rowOf(link, CaseRecordView.when(c.createdAt()), page.getTranslation("complaints.status." + c.status().name()),
                    page.getTranslation("complaints.category." + c.category().name()));
        }
        return t;
    }

    static DataTable representatives(PortalPage page, List<CaseRepresentative> reps) {
        DataTable t = new DataTable(page.getTranslation("desk.reps.caption"), page.getTranslation("desk.col.name"),
                page.getTranslation("desk.col.for"), page.getTranslation("desk.col.scope"),
                page.getTranslation("desk.col.status"), page.getTranslation("desk.col.ends"));
        t.setId("case-representatives");
        reps.forEach(r -> t.row(r.name(), r.parentName(), page.getTranslation("reps.scope.short." + r.scope().name()),
                page.getTranslation("desk.reps.status." + r.status().name()), CaseRecordView.date(r.endsOn())));
        return t;
    }
}
