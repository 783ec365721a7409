package org.childmaintenance.representation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
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
    private final Upload upload;
    private long representationId;
    private String fileName;
    private byte[] content;

    public LegalAuthorityUploadView(LegalAuthorityService service) {
        this.service = service;
        upload = new Upload(UploadHandler.inMemory((meta, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> received(meta.fileName(), data));
            } else {
                received(meta.fileName(), data);
            }
        }));
        upload.setId("file");
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFiles(1);
    }

    /** Called when the browser has sent the file (and by tests). Nothing is kept until "Send" is pressed. */
    void received(String name, byte[] data) {
        fileName = name;
        content = data;
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
        add(new Paragraph(getTranslation("reps.legal.files")), upload,
                Forms.primary("send-evidence", getTranslation("reps.legal.send"), e -> send()),
                new Paragraph(new Anchor("my-clients", getTranslation("common.cancel"))));
    }

    private void send() {
        try {
            service.uploadEvidence(representationId, fileName, content);
            removeAll();
            setShowingErrors(false);
            heading(getTranslation("reps.legal.done.title"));
            paragraph(getTranslation("reps.legal.done.body")).setId("evidence-sent");
            add(new Paragraph(new Anchor("my-clients", getTranslation("reps.clients.title"))));
        } catch (UserFacingException e) {
            summary.show(e.fieldErrors(), Map.of("file", upload), upload);
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
