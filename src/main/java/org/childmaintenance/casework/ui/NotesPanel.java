package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.casework.CaseworkDesk;

/** Internal case notes: newest first, and a box to add one (never shown to parents). */
class NotesPanel extends Div {
    NotesPanel(long caseId, CaseworkDesk desk, Consumer<String> done) {
        setId("notes");
        ErrorSummary summary = new ErrorSummary();
        TextArea note = new TextArea(getTranslation("desk.note.label"));
        note.setId("note");
        note.setHelperText(getTranslation("desk.note.hint"));
        note.setMaxLength(4000);
        add(summary, note, Forms.primary("add-note", getTranslation("desk.note.add"), e -> {
            try {
                desk.addNote(caseId, note.getValue());
                done.accept(getTranslation("desk.note.added"));
            } catch (UserFacingException ex) {
                summary.show(ex.fieldErrors(), Map.of("note", note), note);
            }
        }));
        var notes = desk.notes(caseId);
        if (notes.isEmpty()) {
            add(new Paragraph(getTranslation("desk.note.none")));
        }
        notes.forEach(n -> {
            Paragraph p = new Paragraph(CaseRecordView.when(n.at()) + " · " + n.author() + ": " + n.body());
            p.setId("note-" + n.id());
            add(p);
        });
    }
}
