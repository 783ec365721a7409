package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.Display;
import org.childmaintenance.options.SignpostingService;
import org.childmaintenance.options.SignpostingService.Topic;

/** Back office: the signposting topics, when each was last reviewed, and a link to edit it. */
@Route(value = "back-office/signposting", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class SignpostingAdminView extends PortalPage {
    public SignpostingAdminView(SignpostingService signposting) {
        addClassName("page--wide");
        heading(getTranslation("signposting.admin.title"));
        paragraph(getTranslation("signposting.admin.lead"));
        DataTable table = new DataTable(getTranslation("signposting.admin.caption"),
                getTranslation("signposting.admin.topic"), getTranslation("signposting.admin.reviewed"),
                getTranslation("signposting.admin.source"), getTranslation("signposting.admin.action"));
        table.setId("topics-table");
        for (Topic t : signposting.topics()) {
            RouterLink edit = new RouterLink(getTranslation("signposting.admin.edit"), SignpostingEditView.class,
                    new RouteParameters("slug", t.slug()));
            edit.setId("edit-" + t.slug());
            com.vaadin.flow.component.html.Span hidden = new com.vaadin.flow.component.html.Span(" " + t.title());
            hidden.addClassName("visually-hidden");
            edit.add(hidden);
            table.rowOf(t.title(), Display.date(t.lastReviewed()), t.sourceName(), edit);
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("signposting.admin.title");
    }
}
