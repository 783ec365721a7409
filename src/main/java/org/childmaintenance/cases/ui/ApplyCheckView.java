package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.cases.ApplicationDraft;
import org.childmaintenance.cases.ApplyStep;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.base.DisplayFormats;

/** Check your answers, each with "Change" back to its page, then "Confirm and send". */
@Route(value = "apply/check-answers", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ApplyCheckView extends PortalPage implements BeforeEnterObserver, SafetySensitive {
    private final CaseService cases;

    public ApplyCheckView(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ApplicationDraft d = cases.myDraft();
        add(QuestionPage.backAnchor("apply", getTranslation("link.back")));
        heading(getTranslation("apply.check.title"));
        SummaryList list = new SummaryList();
        list.setId("answers");
        for (ApplyStep.Ref ref : cases.applicationSteps(d)) {
            if (ref.step() == ApplyStep.CHECK) {
                continue;
            }
            String key = ref.step().perChild()
                    ? getTranslation("apply.row." + ref.step().slug(), ref.child() + 1)
                    : getTranslation("apply.row." + ref.step().slug());
            if (cases.stepComplete(ref, d)) {
                Anchor change = new Anchor(ApplyQuestionView.location(ref, true), getTranslation("link.change"));
                change.setId("change-" + ref.step().slug() + (ref.step().perChild() ? "-" + ref.child() : ""));
                list.row(key, answer(ref, d), change);
            } else {
                Anchor missing = new Anchor(ApplyQuestionView.location(ref, true), getTranslation("apply.check.missing"));
                missing.setId("missing-" + ref.step().slug() + (ref.step().perChild() ? "-" + ref.child() : ""));
                list.row(key, "", missing);
            }
        }
        add(list);
        add(new H2(getTranslation("apply.check.declarationTitle")));
        paragraph(getTranslation("apply.check.declaration"));
        add(Forms.primary("confirm-and-send", getTranslation("apply.check.send"), e -> send()));
    }

    private void send() {
        try {
            CaseService.Submitted sent = cases.submitApplication();
            UI.getCurrent().navigate(ApplySentView.class, new RouteParameters("caseId", Long.toString(sent.caseId())));
        } catch (CaseService.DuplicateApplicationException e) {
            showProblem(getTranslation("apply.duplicate.title"), getTranslation("apply.duplicate.body", e.childName()));
        } catch (UserFacingException e) {
            showProblem(getTranslation("apply.incomplete.title"), getTranslation(e.getMessage()));
        }
    }

    private void showProblem(String title, String body) {
        removeAll();
        add(QuestionPage.backAnchor("apply/check-answers", getTranslation("link.back")));
        heading(title).setId("page-heading");
        paragraph(body);
        add(new H2(getTranslation("apply.stop.contact.title")));
        paragraph(getTranslation("apply.stop.contact.body"));
    }

    private String answer(ApplyStep.Ref ref, ApplicationDraft d) {
        return switch (ref.step()) {
            case REFERENCE -> d.getPreApplicationReference();
            case WHO -> getTranslation("applicantType." + d.getApplicantType().name());
            case DOMESTIC_ABUSE -> yesNo(d.getDomesticAbuse());
            case SAFE_TO_SHARE -> yesNo(d.getNotSafeToShare());
            case YOUR_ADDRESS -> d.getAddress() + ", " + d.getPostcode();
            case YOUR_PHONE -> blankAs(d.getPhone());
            case OTHER_NAME -> d.getOtherName();
            case OTHER_DOB -> d.isOtherDateOfBirthUnknown() ? getTranslation("answer.dontKnow") : DisplayFormats.date(d.getOtherDateOfBirth());
            case OTHER_ADDRESS -> Boolean.TRUE.equals(d.getOtherAddressKnown())
                    ? d.getOtherAddress() + (blankAs(d.getOtherPostcode()).isEmpty() ? "" : ", " + d.getOtherPostcode())
                    : getTranslation("answer.dontKnow");
            case OTHER_NI -> blankAs(d.getOtherNiNumber());
            case OTHER_EMPLOYER -> blankAs(d.getOtherEmployer());
            case OTHER_EMAIL -> blankAs(d.getOtherEmail());
            case CHILD_NAME -> d.child(ref.child()).getName();
            case CHILD_DOB -> DisplayFormats.date(d.child(ref.child()).getDateOfBirth());
            case CHILD_EDUCATION -> yesNo(d.child(ref.child()).getInEducation());
            case MORE_CHILDREN -> Integer.toString(d.getChildren().size());
            case LIVE_IN_UK -> yesNo(d.getAllInUk());
            case SERVICE_TYPE -> getTranslation("serviceType." + d.getServiceType().name());
            case BANK -> d.getBankAccountName() + ", " + d.getSortCode() + ", " + d.getAccountNumber();
            case CHECK -> "";
        };
    }

    private String yesNo(Boolean b) {
        return getTranslation(Boolean.TRUE.equals(b) ? "answer.yes" : "answer.no");
    }

    private String blankAs(String s) {
        return s == null || s.isBlank() ? getTranslation("answer.notGiven") : s;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("apply.check.title");
    }
}
