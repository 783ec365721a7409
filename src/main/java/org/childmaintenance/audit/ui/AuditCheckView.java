package org.childmaintenance.audit.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.childmaintenance.audit.AuditChainCheck;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.base.ui.PortalPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** For caseworkers: checks the audit trail's hash chain and says whether, and where, it is broken. */
@Route(value = "casework/audit-check", layout = MainLayout.class)
@RolesAllowed("CASEWORKER")
public class AuditCheckView extends PortalPage {

    public AuditCheckView(AuditChainCheck check) {
        heading(getTranslation("auditCheck.title"));
        paragraph(getTranslation("auditCheck.lead"));
        Paragraph result = new Paragraph();
        result.setId("audit-check-result");
        result.getElement().setAttribute("role", "status");
        add(Forms.primary("audit-check", getTranslation("auditCheck.button"), e -> {
            AuditChainCheck.Result r = check.check();
            result.setText(r.intact() ? getTranslation("auditCheck.intact", r.checked())
                    : getTranslation("auditCheck.broken", String.valueOf(r.brokenEntryId()), r.problem()));
            result.getElement().getClassList().set("error-message", !r.intact());
        }), result);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("auditCheck.title");
    }

    /** The menu entry for caseworkers. */
    @Configuration
    static class Navigation {
        @Bean
        NavItem auditCheckNavItem() {
            return new NavItem("nav.auditCheck", AuditCheckView.class, 90, Set.of("CASEWORKER"));
        }
    }
}
