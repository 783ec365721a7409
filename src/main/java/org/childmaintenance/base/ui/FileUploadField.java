package org.childmaintenance.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.base.UploadedFiles;
import org.childmaintenance.base.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * The one way to choose files to send (message attachments, reconsideration evidence, evidence of
 * legal authority): PDF, JPEG or PNG, checked by their content ({@link UploadedFiles}) as soon as
 * they arrive, at most 10 MB each, up to {@code maxFiles}. A refused file shows its reason next to
 * the field and is not kept; chosen files are listed, each with "Remove". Nothing is stored until the
 * page's service takes {@link #files()} (and checks them again).
 *
 * <p>Ids: the upload is {@code id}; its label, hint, error and list are {@code id-label},
 * {@code id-hint}, {@code id-error}, {@code id-files}; remove buttons {@code remove-id-n}.
 */
public class FileUploadField extends Div {
    private final String id;
    private final int maxFiles;
    private final List<UploadedFiles.Chosen> chosen = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph error = new Paragraph();
    private final Upload upload;

    /**
     * @param label    the field's label, or null when the page's H1 is the question (then the upload is
     *                 labelled by the H1)
     * @param hint     what may be sent, or null
     * @param maxFiles how many files may be chosen; with 1, a new file replaces the one chosen
     */
    public FileUploadField(String id, @Nullable String label, @Nullable String hint, int maxFiles) {
        this.id = id;
        this.maxFiles = maxFiles;
        addClassName("form-group");
        List<String> describedBy = new ArrayList<>();
        if (label != null) {
            NativeLabel l = new NativeLabel(label);
            l.setId(id + "-label");
            add(l);
        }
        if (hint != null) {
            Paragraph h = new Paragraph(hint);
            h.addClassName("hint");
            h.setId(id + "-hint");
            add(h);
            describedBy.add(id + "-hint");
        }
        error.setId(id + "-error");
        error.addClassName("error-message");
        error.setVisible(false);
        describedBy.add(id + "-error");
        // Reads at most one byte more than the limit, so a huge upload never fills the server's memory;
        // the check then refuses it with the size message.
        upload = new Upload((UploadHandler) event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) UploadedFiles.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, bytes));
        });
        upload.setId(id);
        upload.setMaxFileSize((int) UploadedFiles.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        upload.getElement().setAttribute("aria-labelledby", label != null ? id + "-label" : PortalPage.HEADING_ID);
        upload.getElement().setAttribute("aria-describedby", String.join(" ", describedBy));
        list.setId(id + "-files");
        list.addClassName("bullets");
        add(error, upload, list);
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.addFiles.one"))
                        .setMany(getTranslation("upload.addFiles.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropFiles.one"))
                        .setMany(getTranslation("upload.dropFiles.many")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("attachment.error.size"))
                        .setIncorrectFileType(getTranslation("attachment.error.type"))
                        .setTooManyFiles(getTranslation("upload.error.tooMany", maxFiles)));
    }

    /** A file has arrived (from the browser, or from a test): checked by its content, then listed or refused. */
    public void received(String fileName, byte[] bytes) {
        try {
            UploadedFiles.check(bytes);
            if (maxFiles == 1) {
                chosen.clear();
            } else if (chosen.size() >= maxFiles) {
                throw UserFacingException.onField(UploadedFiles.FIELD, "upload.error.tooMany");
            }
            chosen.add(new UploadedFiles.Chosen(fileName, bytes));
            clearError();
            render();
        } catch (UserFacingException e) {
            String key = e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message();
            showError(key.equals("upload.error.tooMany") ? getTranslation(key, maxFiles) : getTranslation(key));
        }
        upload.clearFileList();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < chosen.size(); i++) {
            UploadedFiles.Chosen f = chosen.get(i);
            int index = i;
            Button remove = new Button(getTranslation("upload.remove", f.fileName()), e -> {
                chosen.remove(index);
                render();
            });
            remove.setId("remove-" + id + "-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Paragraph(f.fileName()), remove));
        }
    }

    /** Shows a message next to the field (also used for the service's refusal on sending). */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    public void clearError() {
        error.setVisible(false);
    }

    /** The files chosen so far, in order. */
    public List<UploadedFiles.Chosen> files() {
        return List.copyOf(chosen);
    }

    /** Puts back files chosen earlier (e.g. when the person returns to this page of a journey). */
    public void set(List<UploadedFiles.Chosen> files) {
        chosen.clear();
        chosen.addAll(files);
        render();
    }

    public void reset() {
        set(List.of());
    }

    /** The upload itself: where the error summary's link takes focus. */
    public Upload upload() {
        return upload;
    }
}
