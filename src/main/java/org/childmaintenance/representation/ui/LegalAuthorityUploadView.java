package org.childmaintenance.representation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.childmaintenance.base.UploadedFiles;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.FileUploadField;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.representation.LegalAuthorityService;
import org.springframework.security.access.AccessDeniedException;

/**
 * A representative sends evidence of legal authority (power of attorney, deputyship) for one
 * client: a PDF, JPEG or PNG, which the service checks by its content; a caseworker checks it.
 */
@Route(value = "my-clients/:representationId/legal-authority", layout = MainLayout.class)
@RolesAllowed(Roles.REPRESENTATIVE)
public class LegalAuthorityUploadView extends PortalPage implements BeforeEnterObserver {
    private final LegalAuthorityService service;
    private final ErrorSummary summary = new ErrorSummary();
    private final FileUploadField file;
    private long representationId;

    public LegalAuthorityUploadView(LegalAuthorityService service) {
        this.service = service;
        // The one upload component: checked by content as the file arrives; nothing is kept until "Send".
        file = new FileUploadField("attachment", getTranslation("reps.legal.file"), getTranslation("reps.legal.files"), 1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            representationId = Long.parseLong(event.getRouteParameters().get("representationId").orElseThrow());
        } catch (RuntimeException e) {
            throw new NotFoundException();
        }
        removeAll();
        add(summary);
        heading(getTranslation("reps.legal.title"));
        paragraph(getTranslation("reps.legal.lead"));
        add(file,
                Forms.primary("send-evidence", getTranslation("reps.legal.send"), e -> send()),
                new Paragraph(new Anchor("my-clients", getTranslation("common.cancel"))));
    }

    private void send() {
        try {
            file.clearError();
            UploadedFiles.Chosen chosen = file.files().isEmpty() ? null : file.files().getFirst();
            service.uploadEvidence(representationId, chosen == null ? null : chosen.fileName(),
                    chosen == null ? null : chosen.bytes());
            removeAll();
            setShowingErrors(false);
            heading(getTranslation("reps.legal.done.title"));
            paragraph(getTranslation("reps.legal.done.body")).setId("evidence-sent");
            add(new Paragraph(new Anchor("my-clients", getTranslation("reps.clients.title"))));
        } catch (UserFacingException e) {
            summary.show(e.fieldErrors(), Map.of(UploadedFiles.FIELD, file.upload()), file.upload());
            e.fieldErrors().stream().findFirst().ifPresent(fe -> file.showError(getTranslation(fe.message())));
            setShowingErrors(true);
        } catch (AccessDeniedException e) {
            UI.getCurrent().navigate("my-clients");
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("reps.legal.title");
    }
}
