package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.Display;

/** Builder step 2: the children (first name, and date of birth if you want it in the agreement). */
@Route(value = "arrangement/:id([0-9]+)/children", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ChildrenStep extends StepPage {
    private final List<ChildDetails> children = new ArrayList<>();
    private final Div added = new Div();
    private final TextField name = Forms.text("child-name", getTranslation("arrangement.children.name"), null);
    private final MemorableDateField dob = new MemorableDateField("child-dob",
            getTranslation("arrangement.children.dob"), getTranslation("arrangement.children.dob.hint"), true);

    public ChildrenStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.children");
    }

    @Override
    protected void build(ArrangementDetails d) {
        children.clear();
        children.addAll(d.children());
        name.clear();
        dob.clear();
        Button add = new Button(getTranslation("arrangement.children.add"), e -> {
            try {
                addChild();
            } catch (UserFacingException ex) {
                showErrors(ex);
            }
        });
        add.setId("add-child");
        add.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        form.add(added, new H2(getTranslation("arrangement.children.addTitle")), Forms.group(name), Forms.group(dob),
                new Paragraph(add));
        renderAdded();
    }

    private void renderAdded() {
        added.removeAll();
        if (children.isEmpty()) {
            return;
        }
        SummaryList list = new SummaryList();
        list.setId("children-list");
        for (int i = 0; i < children.size(); i++) {
            ChildDetails c = children.get(i);
            int index = i;
            Button remove = new Button(getTranslation("arrangement.children.remove"), e -> {
                children.remove(index);
                renderAdded();
            });
            remove.setId("remove-child-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.row(c.firstName(), c.dateOfBirth() == null ? getTranslation("arrangement.children.noDob")
                    : Display.date(c.dateOfBirth()), remove);
        }
        added.add(list);
    }

    /** Adds what is in the name and date fields to the list, or throws with what is wrong. */
    private void addChild() {
        Forms.clearErrors(name);
        dob.clearError();
        String problem = dob.isBlank() ? null : dob.problemKey().orElse(null);
        List<UserFacingException.FieldError> errors = new ArrayList<>();
        if (name.getValue().isBlank()) {
            errors.add(new UserFacingException.FieldError("childName", "error.arrangement.childName.missing"));
        }
        if (problem != null) {
            errors.add(new UserFacingException.FieldError("childDob", problem));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        children.add(new ChildDetails(name.getValue().trim(), dob.isBlank() ? null : dob.getValue()));
        name.clear();
        dob.clear();
        setShowingErrors(false);
        renderAdded();
    }

    @Override
    protected void save() {
        if (!name.getValue().isBlank() || !dob.isBlank()) {
            addChild();
        }
        arrangements.saveChildren(id, List.copyOf(children));
    }

    @Override
    protected Map<String, Component> fields() {
        Map<String, Component> m = new LinkedHashMap<>();
        m.put("children", name);
        m.put("childName", name);
        m.put("childDob", dob);
        return m;
    }

    @Override
    protected Class<? extends Component> previous() {
        return AboutStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return StartingPointStep.class;
    }
}
