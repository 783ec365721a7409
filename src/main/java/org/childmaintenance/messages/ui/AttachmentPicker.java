package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.messages.AttachmentStore;
import org.childmaintenance.messages.MessageViews.NewAttachment;

/**
 * Choose files to send: the type is checked by the service as soon as a file arrives (from its
 * content), and a refused file shows its reason here. Chosen files are listed with "Remove".
 */
class AttachmentPicker extends Div {
    private final List<NewAttachment> chosen = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph error = new Paragraph();
    private final Upload upload;
    private final java.util.function.Consumer<NewAttachment> check;

    AttachmentPicker(String id, java.util.function.Consumer<NewAttachment> check) {
        this.check = check;
        addClassName("form-group");
        NativeLabel label = new NativeLabel(getTranslation("messages.attachment.label"));
        label.setId(id + "-label");
        Paragraph hint = new Paragraph(getTranslation("messages.attachment.hint"));
        hint.addClassName("hint");
        hint.setId(id + "-hint");
        error.setId(id + "-error");
        error.addClassName("error-message");
        error.setVisible(false);
        // Reads at most one byte more than the limit, so a huge upload never fills the server's memory;
        // the service then refuses it with the size message.
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

    void received(String fileName, byte[] bytes) {
        NewAttachment file = new NewAttachment(fileName, bytes);
        try {
            check.accept(file);
            chosen.add(file);
            clearError();
            render();
        } catch (UserFacingException e) {
            showError(getTranslation(e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message()));
        }
        upload.clearFileList();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < chosen.size(); i++) {
            NewAttachment f = chosen.get(i);
            int index = i;
            Button remove = new Button(getTranslation("messages.attachment.remove", f.fileName()), e -> {
                chosen.remove(index);
                render();
            });
            remove.setId("remove-attachment-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Paragraph(f.fileName()), remove));
        }
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void clearError() {
        error.setVisible(false);
    }

    List<NewAttachment> files() {
        return List.copyOf(chosen);
    }

    void reset() {
        chosen.clear();
        render();
    }

    Upload upload() {
        return upload;
    }
}
