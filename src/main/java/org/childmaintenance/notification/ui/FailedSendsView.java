package org.childmaintenance.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.notification.DeliveryProblems;
import org.childmaintenance.base.DisplayFormats;

/** Casework: e-mails and texts the portal could not send after all its tries, with "Try again". */
@Route(value = "casework/could-not-send", layout = MainLayout.class)
@RolesAllowed("CASEWORKER")
public class FailedSendsView extends PortalPage {
    private final java.time.ZoneId zone;
    private final DeliveryProblems problems;

    public FailedSendsView(DeliveryProblems problems, Clock clock) {
        this.problems = problems;
        this.zone = clock.getZone();
        render(null);
    }

    private void render(String done) {
        removeAll();
        heading(getTranslation("failedSends.title"));
        paragraph(getTranslation("failedSends.lead"));
        if (done != null) {
            paragraph(done).setId("retry-done");
        }
        List<DeliveryProblems.FailedSend> failed = problems.failedSends(100);
        if (failed.isEmpty()) {
            paragraph(getTranslation("failedSends.none")).setId("no-failed-sends");
            return;
        }
        DataTable table = new DataTable(getTranslation("failedSends.caption"), getTranslation("failedSends.col.to"),
                getTranslation("failedSends.col.channel"), getTranslation("failedSends.col.what"),
                getTranslation("failedSends.col.tries"), getTranslation("failedSends.col.error"),
                getTranslation("failedSends.col.written"), getTranslation("failedSends.col.action"));
        table.setId("failed-sends");
        for (DeliveryProblems.FailedSend f : failed) {
            Button again = new Button(getTranslation("failedSends.retry"), e -> {
                problems.tryAgain(f.channel(), f.id());
                render(getTranslation("failedSends.retried", f.to()));
            });
            again.setId("retry-" + f.channel().name().toLowerCase(Locale.ROOT) + "-" + f.id());
            again.addClassName("link-button");
            table.rowOf(f.to(), getTranslation("failedSends.channel." + f.channel().name()), f.what(),
                    String.valueOf(f.attempts()), f.error() == null ? "" : f.error(), DisplayFormats.shortDateTime(f.createdAt(), zone), again);
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("failedSends.title");
    }
}
