package org.childmaintenance.options.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.options.SignpostingService;
import org.childmaintenance.options.SignpostingService.Topic;

/** "Sorting out separation": tick what worries you, then read a short page about each. Public. */
@Route(value = "sorting-out-separation", layout = MainLayout.class)
@AnonymousAllowed
public class SignpostingFinderView extends OneQuestionPage implements SafetySensitive {
    private final CheckboxGroup<Topic> topics = new CheckboxGroup<>();

    public SignpostingFinderView(SignpostingService signposting) {
        startQuestion(null, null, getTranslation("signposting.finder.title"), null);
        lead(getTranslation("signposting.finder.lead"));
        topics.setId("topics");
        topics.addThemeName("vertical");
        topics.addThemeName("helper-above-field");
        java.util.List<Topic> all = signposting.topics();
        // Topics with no Welsh version yet keep their English titles: say so in the hint (issue 17).
        boolean someInEnglish = all.stream().anyMatch(t -> t.language() != org.childmaintenance.base.Texts.language());
        topics.setHelperText(getTranslation("signposting.finder.hint")
                + (someInEnglish ? " " + getTranslation("signposting.finder.englishOnly") : ""));
        labelledByQuestion(topics);
        topics.setItems(all);
        topics.setItemLabelGenerator(Topic::title);
        add(Forms.group(topics), continueButton("continue", getTranslation("options.continue"), this::submit));
        paragraph(getTranslation("signposting.finder.private"));
    }

    private void submit() {
        clearErrors(java.util.List.of(topics));
        if (topics.getValue().isEmpty()) {
            showErrors(Map.of(topics, getTranslation("signposting.finder.error")));
            return;
        }
        String chosen = topics.getValue().stream().map(Topic::slug).sorted().collect(Collectors.joining(","));
        getUI().ifPresent(ui -> ui.navigate(SignpostingResultsView.class, QueryParameters.of("topics", chosen)));
    }
}
