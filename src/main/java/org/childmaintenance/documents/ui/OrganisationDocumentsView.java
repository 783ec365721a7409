package org.childmaintenance.documents.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.documents.DocumentService;
import org.childmaintenance.documents.DocumentService.DocumentItem;
import org.childmaintenance.identity.Roles;

/** An employer organisation's Documents: order, variation and discharge notices, newest first, to download. */
@Route(value = "employer/documents", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class OrganisationDocumentsView extends PortalPage {

    public OrganisationDocumentsView(DocumentService documents, Clock clock) {
        heading(getTranslation("employer.documents.title"));
        List<DocumentItem> items = documents.myOrganisationDocuments();
        if (items.isEmpty()) {
            paragraph(getTranslation("employer.documents.none")).setId("no-documents");
            return;
        }
        DataTable table = new DataTable(getTranslation("employer.documents.title"),
                getTranslation("employer.documents.document"), getTranslation("employer.documents.date"));
        table.setId("documents");
        for (DocumentItem d : items) {
            Anchor link = new Anchor(d.organisationHref(), getTranslation("documents.link", d.title()));
            link.setId("document-" + d.key());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            table.rowOf(link, org.childmaintenance.base.DisplayFormats.date(d.date().atZone(clock.getZone())));
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("employer.documents.title");
    }
}
