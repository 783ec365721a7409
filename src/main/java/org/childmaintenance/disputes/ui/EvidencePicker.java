package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.disputes.ReconsiderationService;
import org.childmaintenance.messages.AttachmentStore;

/**
 * Choose evidence files: each is checked by its content as soon as it arrives (PDF, JPEG, PNG, size
 * limit); a refused file shows its reason next to the field; chosen files are listed with "Remove".
 */
class EvidencePicker extends Div {
    private final List<ReconsiderationService.Upload> chosen = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph error = new Paragraph();
    private final Upload upload;

    EvidencePicker(String id, String labelText, String hintText) {
        addClassName("form-group");
        NativeLabel label = new NativeLabel(labelText);
        label.setId(id + "-label");
        Paragraph hint = new Paragraph(hintText);
        hint.addClassName("hint");
        hint.setId(id + "-hint");
        error.setId(id + "-error");
        error.addClassName("error-message");
        error.setVisible(false);
        upload = new Upload((UploadHandler) event -> {
            byte[] bytes;
            try (java.io.InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) AttachmentStore.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, bytes));
        });
        upload.setId(id);
        upload.setMaxFileSize((int) AttachmentStore.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.getElement().setAttribute("aria-labelledby", id + "-label");
        upload.getElement().setAttribute("aria-describedby", id + "-hint " + id + "-error");
        list.setId(id + "-files");
        list.addClassName("bullets");
        add(label, hint, error, upload, list);
    }

    private void received(String fileName, byte[] bytes) {
        try {
            ReconsiderationService.checkEvidence(bytes);
            chosen.add(new ReconsiderationService.Upload(fileName, bytes));
            error.setVisible(false);
            render();
        } catch (UserFacingException e) {
            error.setText(getTranslation(e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message()));
            error.setVisible(true);
        }
        upload.clearFileList();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < chosen.size(); i++) {
            int index = i;
            Button remove = new Button(getTranslation("disputes.ui.removeFile", chosen.get(i).fileName()), e -> {
                chosen.remove(index);
                render();
            });
            remove.setId("remove-evidence-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Paragraph(chosen.get(i).fileName()), remove));
        }
    }

    List<ReconsiderationService.Upload> files() {
        return List.copyOf(chosen);
    }

    void set(List<ReconsiderationService.Upload> files) {
        chosen.clear();
        chosen.addAll(files);
        render();
    }
}
