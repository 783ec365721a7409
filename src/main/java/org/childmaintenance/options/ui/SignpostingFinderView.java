package org.childmaintenance.options.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.options.SignpostingService;
import org.childmaintenance.options.SignpostingService.Topic;

/** "Sorting out separation": tick what worries you, then read a short page about each. Public. */
@Route(value = "sorting-out-separation", layout = MainLayout.class)
@AnonymousAllowed
public class SignpostingFinderView extends PortalPage implements SafetySensitive {
    private final ErrorSummary summary = new ErrorSummary();
    private final CheckboxGroup<Topic> topics = new CheckboxGroup<>();

    public SignpostingFinderView(SignpostingService signposting) {
        add(summary);
        heading(getTranslation("signposting.finder.title"));
        lead(getTranslation("signposting.finder.lead"));
        topics.setId("topics");
        topics.addThemeName("vertical");
        topics.addThemeName("helper-above-field");
        topics.setHelperText(getTranslation("signposting.finder.hint"));
        topics.getElement().setAttribute("aria-labelledby", "page-heading");
        topics.setItems(signposting.topics());
        topics.setItemLabelGenerator(Topic::title);
        add(Forms.group(topics), Forms.primary("continue", getTranslation("options.continue"), e -> submit()));
        paragraph(getTranslation("signposting.finder.private"));
    }

    private void submit() {
        Forms.clearErrors(topics);
        if (topics.getValue().isEmpty()) {
            summary.show(Map.of(topics, getTranslation("signposting.finder.error")));
            setShowingErrors(true);
            return;
        }
        String chosen = topics.getValue().stream().map(Topic::slug).sorted().collect(Collectors.joining(","));
        getUI().ifPresent(ui -> ui.navigate(SignpostingResultsView.class, QueryParameters.of("topics", chosen)));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("signposting.finder.title");
    }
}
