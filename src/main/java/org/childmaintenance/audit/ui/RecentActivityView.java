package org.childmaintenance.audit.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.childmaintenance.audit.AuditRecord;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.DisplayFormats;

/** "Recent activity": sign-ins, changes and anything done on the person's behalf. */
@Route(value = "settings/activity", layout = MainLayout.class)
@RolesAllowed({"PARENT", "EMPLOYER", "REPRESENTATIVE", "CASEWORKER", "PARTNER"})
public class RecentActivityView extends PortalPage {

    public RecentActivityView(AuditService audit, Clock clock) {
        heading(getTranslation("activity.title"));
        paragraph(getTranslation("activity.lead"));
        List<AuditRecord> entries = audit.myRecentActivity(50);
        if (entries.isEmpty()) {
            paragraph(getTranslation("activity.none"));
            return;
        }
        DataTable table = new DataTable(getTranslation("activity.caption"), getTranslation("activity.when"),
                getTranslation("activity.what"), getTranslation("activity.from"));
        table.setId("activity-table");
        for (AuditRecord r : entries) {
            table.row(DisplayFormats.dateTime(r.occurredAt(), clock.getZone()), describe(r),
                    r.sourceAddress() == null ? "" : r.sourceAddress());
        }
        add(table);
    }

    private String describe(AuditRecord r) {
        String key = "audit.action." + r.action();
        String text = getTranslation(key);
        text = text.startsWith("!") ? r.action().replace('_', ' ').toLowerCase(Locale.UK) : text;
        if (r.onBehalfOfId() != null && r.actorAccountId() != null && !r.actorAccountId().equals(viewer())) {
            return getTranslation("activity.byForYou", r.actorLabel(), text); // a representative acted for this person
        }
        if (r.onBehalfOfId() != null && !r.onBehalfOfId().equals(viewer())) {
            return getTranslation("activity.forClient", text); // this person acted for someone else
        }
        return text;
    }

    private static Long viewer() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof org.childmaintenance.base.PortalPrincipal p ? p.accountId() : null;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("activity.title");
    }
}
