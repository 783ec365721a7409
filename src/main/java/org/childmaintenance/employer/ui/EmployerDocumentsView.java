package org.childmaintenance.employer.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.DocumentInfo;
import org.childmaintenance.identity.Roles;

/** The organisation's documents: order, variation and discharge notices (PDF). */
@Route(value = "employer/documents", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class EmployerDocumentsView extends PortalPage {

    public EmployerDocumentsView(DeductionOrderService orders) {
        heading(getTranslation("employer.documents.title"));
        List<DocumentInfo> docs = orders.myDocuments();
        if (docs.isEmpty()) {
            paragraph(getTranslation("employer.documents.none"));
            return;
        }
        DataTable t = new DataTable(getTranslation("employer.documents.title"), getTranslation("employer.documents.document"),
                getTranslation("employer.documents.date"));
        t.setId("documents");
        for (DocumentInfo d : docs) {
            t.rowOf(EmployerUi.pdfLink("document-" + d.id(), d.title() + " (" + d.orderId() + ")",
                    "order-" + d.orderId() + "-" + d.id() + ".pdf", () -> orders.documentPdf(d.id())),
                    EmployerUi.date(d.createdAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()));
        }
        add(t);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("employer.documents.title");
    }
}
