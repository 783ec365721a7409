package org.childmaintenance.representation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.representation.LegalAuthorityService;
import org.childmaintenance.representation.LegalAuthorityService.PendingEvidence;

/**
 * Casework for legal authority: evidence waiting to be checked (open the file, grant full scope
 * until an end date, or refuse), and recording a legal appointee directly.
 */
@Route(value = "casework/legal-authority", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class LegalAuthorityCaseworkView extends PortalPage {
    private final LegalAuthorityService service;
    private final ErrorSummary summary = new ErrorSummary();
    RadioButtonGroup<PendingEvidence> evidence;
    MemorableDateField grantUntil;
    TextField caseReference;
    TextField parentEmail;
    TextField repEmail;
    MemorableDateField appointeeUntil;

    public LegalAuthorityCaseworkView(LegalAuthorityService service) {
        this.service = service;
        render(null);
    }

    private void render(String done) {
        removeAll();
        setShowingErrors(false);
        add(summary);
        summary.clear();
        if (done != null) {
            Div banner = new Div(new H2(done));
            banner.setId("legal-done");
            banner.addClassName("banner");
            banner.getElement().setAttribute("role", "status");
            add(banner);
        }
        heading(getTranslation("reps.casework.title"));
        List<PendingEvidence> pending = service.pendingEvidence();
        add(new H2(getTranslation("reps.casework.pending")));
        if (pending.isEmpty()) {
            paragraph(getTranslation("reps.casework.none"));
        } else {
            DataTable table = new DataTable(getTranslation("reps.casework.pending"), getTranslation("reps.who.case"),
                    getTranslation("reps.clients.parent"), getTranslation("reps.casework.rep"), getTranslation("reps.casework.file"));
            table.setId("pending-evidence");
            for (PendingEvidence p : pending) {
                Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                    LegalAuthorityService.EvidenceFile f = service.evidenceFile(p.id());
                    return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(),
                            f.content().length);
                }), p.fileName());
                file.setId("evidence-file-" + p.id());
                table.rowOf(p.caseReference(), p.parentName(), p.representativeName(), file);
            }
            add(table);
            evidence = Forms.radios("evidence", getTranslation("reps.casework.which"), null, pending,
                    p -> p.caseReference() + ": " + p.representativeName() + " for " + p.parentName());
            grantUntil = new MemorableDateField("grant-until", getTranslation("reps.casework.until"),
                    getTranslation("reps.casework.until.hint"), false);
            Button grant = Forms.primary("grant", getTranslation("reps.casework.grant"), e -> decide(true));
            Button refuse = new Button(getTranslation("reps.casework.refuse"), e -> decide(false));
            refuse.setId("refuse");
            refuse.addThemeVariants(ButtonVariant.ERROR);
            add(Forms.group(evidence), Forms.group(grantUntil), grant, refuse);
        }
        add(new H2(getTranslation("reps.casework.appointee")));
        caseReference = Forms.text("case-reference", getTranslation("reps.who.case"), null);
        parentEmail = Forms.email("parent-email", getTranslation("reps.casework.parentEmail"), null);
        repEmail = Forms.email("rep-email", getTranslation("reps.casework.repEmail"), null);
        appointeeUntil = new MemorableDateField("appointee-until", getTranslation("reps.casework.until"),
                getTranslation("reps.casework.until.hint"), false);
        add(Forms.group(caseReference), Forms.group(parentEmail), Forms.group(repEmail), Forms.group(appointeeUntil),
                Forms.primary("record-appointee", getTranslation("reps.casework.record"), e -> record()));
    }

    private void decide(boolean grant) {
        if (evidence.getValue() == null) {
            fail(Map.of(evidence, getTranslation("reps.error.evidence.missing")));
            return;
        }
        try {
            if (grant) {
                service.grant(evidence.getValue().id(), grantUntil.isBlank() ? null : grantUntil.getValue());
            } else {
                service.refuse(evidence.getValue().id());
            }
            render(getTranslation(grant ? "reps.casework.granted" : "reps.casework.refused"));
        } catch (UserFacingException e) {
            fail(errors(e, Map.of("endsOn", grantUntil)));
        }
    }

    private void record() {
        try {
            service.recordAppointee(caseReference.getValue(), parentEmail.getValue(), repEmail.getValue(),
                    appointeeUntil.isBlank() ? null : appointeeUntil.getValue());
            render(getTranslation("reps.casework.recorded"));
        } catch (UserFacingException e) {
            fail(errors(e, Map.of("caseReference", caseReference, "parentEmail", parentEmail,
                    "representativeEmail", repEmail, "endsOn", appointeeUntil)));
        }
    }

    private Map<Component, String> errors(UserFacingException e, Map<String, Component> fields) {
        Map<Component, String> out = new LinkedHashMap<>();
        e.fieldErrors().forEach(fe -> out.put(fields.getOrDefault(fe.field(), caseReference), getTranslation(fe.message())));
        if (out.isEmpty()) {
            out.put(caseReference, getTranslation(e.getMessage()));
        }
        return out;
    }

    private void fail(Map<Component, String> errors) {
        errors.forEach((c, m) -> {
            if (c instanceof com.vaadin.flow.component.HasValidation v) {
                v.setErrorMessage(m);
                v.setInvalid(true);
            }
        });
        summary.show(errors);
        setShowingErrors(true);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("reps.casework.title");
    }
}
