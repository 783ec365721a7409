package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.OptionsService;
import org.childmaintenance.options.ParentRole;
import org.childmaintenance.options.ui.OptionsJourney.Choice;

/**
 * Options: the three ways to arrange child maintenance, what each costs (LC-8.2, LC-8.3) and what
 * each needs, then the choice. After a "yes" to the safety question the options that need contact
 * with the other parent come last, with a warning (journeys.md §4).
 */
@Route(value = "options/your-options", layout = MainLayout.class)
@AnonymousAllowed
public class ChoicesView extends QuestionPage<Choice> {
    private final OptionsService options;

    public ChoicesView(OptionsService options) {
        super("options.choices", null, List.of(Choice.values()), SafetyView.class);
        this.options = options;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OptionsJourney journey = OptionsJourney.current();
        if (journey.safety != null) {
            build(journey);
        }
        super.beforeEnter(event);
    }

    private void build(OptionsJourney journey) {
        intro.removeAll();
        boolean unsafe = journey.unsafe();
        if (unsafe) {
            intro.add(Pages.inset(getTranslation("options.choices.safetyNote")));
            cms(journey);
            family(true);
            radios.setItems(Choice.STATUTORY_SERVICE, Choice.MORE_INFORMATION, Choice.FAMILY_ARRANGEMENT);
        } else {
            family(false);
            cms(journey);
            radios.setItems(Choice.FAMILY_ARRANGEMENT, Choice.STATUTORY_SERVICE, Choice.MORE_INFORMATION);
        }
        intro.add(org.childmaintenance.base.ui.TalkToSomeoneLink.paragraph("options"));
        intro.add(new H2(getTranslation("options.choices.question")));
    }

    private void family(boolean unsafe) {
        intro.add(new H2(getTranslation("options.family.title")));
        if (unsafe) {
            intro.add(Pages.warning(getTranslation("options.family.unsafe")));
        }
        intro.add(new Paragraph(getTranslation("options.family.what")));
        intro.add(new Paragraph(getTranslation("options.family.cost")));
        intro.add(new Paragraph(getTranslation("options.family.needs")));
    }

    private void cms(OptionsJourney journey) {
        intro.add(new H2(getTranslation("options.cms.title")));
        intro.add(new Paragraph(getTranslation("options.cms.what")));
        intro.add(new Paragraph(getTranslation("options.cms.needs")));
        intro.add(new com.vaadin.flow.component.html.H3(getTranslation("options.direct.title")));
        intro.add(new Paragraph(getTranslation("options.direct.what")));
        intro.add(new Paragraph(getTranslation("options.direct.needs")));
        intro.add(new com.vaadin.flow.component.html.H3(getTranslation("options.collect.title")));
        intro.add(new Paragraph(getTranslation("options.collect.what")));
        intro.add(new Paragraph(getTranslation("options.collect.fees")));
        intro.add(new Paragraph(getTranslation(journey.role == ParentRole.PAYING
                ? "options.collect.example.PAYING" : "options.collect.example.RECEIVING")));
        intro.add(new Paragraph(getTranslation("options.collect.needs")));
        DataTable fees = new DataTable(getTranslation("options.fees.caption"), getTranslation("options.fees.action"),
                getTranslation("options.fees.fee"));
        fees.setId("enforcement-fees");
        fees.row(getTranslation("options.fees.deo"), "£50");
        fees.row(getTranslation("options.fees.der"), "£50");
        fees.row(getTranslation("options.fees.rdo"), "£50");
        fees.row(getTranslation("options.fees.lsdo"), "£200");
        fees.row(getTranslation("options.fees.liability"), "£300");
        fees.numeric(1);
        intro.add(fees);
        intro.add(new Paragraph(getTranslation("options.fees.none")));
    }

    @Override
    protected String caption(Choice item) {
        return getTranslation("options.choices." + item.name());
    }

    @Override
    protected boolean ready(OptionsJourney journey) {
        return journey.safety != null;
    }

    @Override
    protected Choice read(OptionsJourney journey) {
        return journey.choice;
    }

    @Override
    protected void write(OptionsJourney journey, Choice value) {
        journey.choice = value;
    }

    @Override
    protected void next(OptionsJourney journey) {
        switch (journey.choice) {
            case FAMILY_ARRANGEMENT -> getUI().ifPresent(ui -> ui.navigate(FamilyArrangementInfoView.class));
            case MORE_INFORMATION -> getUI().ifPresent(ui -> ui.navigate(MoreInformationView.class));
            case STATUTORY_SERVICE -> {
                if (journey.reference == null) {
                    journey.reference = options.issueReference(journey.answers());
                }
                getUI().ifPresent(ui -> ui.navigate(ReferenceView.class));
            }
        }
    }
}
