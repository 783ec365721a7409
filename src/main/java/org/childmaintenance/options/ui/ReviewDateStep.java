package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;

/** Builder step 9: when you will look at the arrangement again. */
@Route(value = "arrangement/:id([0-9]+)/review-date", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ReviewDateStep extends StepPage {
    private final MemorableDateField reviewDate = new MemorableDateField("review-date", null,
            getTranslation("arrangement.review.hint"), false);

    public ReviewDateStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.review");
        reviewDate.getElement().setAttribute("aria-labelledby", "page-heading");
    }

    @Override
    protected void build(ArrangementDetails d) {
        reviewDate.setValue(d.reviewDate());
        form.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("arrangement.review.lead")));
        form.add(reviewDate);
    }

    @Override
    protected void save() {
        arrangements.saveReviewDate(id, date(reviewDate, "reviewDate"));
    }

    @Override
    protected Map<String, Component> fields() {
        return Map.of("reviewDate", reviewDate);
    }

    @Override
    protected Class<? extends Component> previous() {
        return ChangesStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return ArrangementCheckView.class;
    }
}
