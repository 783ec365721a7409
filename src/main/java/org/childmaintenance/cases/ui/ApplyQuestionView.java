package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.cases.ApplicantType;
import org.childmaintenance.cases.ApplicationDraft;
import org.childmaintenance.cases.ApplyStep;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.PaymentSafety;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.Roles;

/**
 * One page of the application (journeys.md §3), e.g. {@code apply/other-parent-name}; child pages
 * add {@code ?child=N}, and {@code ?return=check} comes back to check answers. Each page is saved
 * to the draft when it is right. The whole application shows "Exit this page" (LC-2.3).
 */
@Route(value = "apply/:step", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ApplyQuestionView extends QuestionPage implements BeforeEnterObserver, SafetySensitive {
    private final CaseService cases;
    private ApplicationDraft draft;
    private ApplyStep.Ref ref;
    private boolean returning;
    private String offeredReference;

    public ApplyQuestionView(CaseService cases) {
        this.cases = cases;
    }

    /** The address of a page, for links. */
    static String location(ApplyStep.Ref ref, boolean returning) {
        String path = "apply/" + ref.step().slug();
        String query = (ref.step().perChild() ? "child=" + ref.child() : "") + (returning ? (ref.step().perChild() ? "&" : "") + "return=check" : "");
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The reference number the options journey passed on ({@code ?reference=…}), digits only; null if none. */
    static String referenceFrom(QueryParameters query) {
        String raw = query.getParameters().getOrDefault("reference", List.of("")).getFirst();
        String digits = raw.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 20 ? null : digits;
    }

    static void go(ApplyStep.Ref ref, boolean returning) {
        if (ref.step() == ApplyStep.CHECK) {
            UI.getCurrent().navigate(ApplyCheckView.class);
        } else {
            java.util.Map<String, String> query = new java.util.LinkedHashMap<>();
            if (ref.step().perChild()) {
                query.put("child", Integer.toString(ref.child()));
            }
            if (returning) {
                query.put("return", "check");
            }
            UI.getCurrent().navigate("apply/" + ref.step().slug(), QueryParameters.simple(query));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("step").orElse("");
        ApplyStep step = ApplyStep.fromSlug(slug).filter(s -> s != ApplyStep.CHECK).orElse(null);
        if (step == null) {
            event.forwardTo(ApplyStartView.class);
            return;
        }
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        int child = 0;
        try {
            child = Integer.parseInt(q.getOrDefault("child", List.of("0")).getFirst());
        } catch (NumberFormatException e) {
            child = 0;
        }
        returning = q.getOrDefault("return", List.of("")).getFirst().equals("check");
        offeredReference = referenceFrom(event.getLocation().getQueryParameters());
        draft = cases.myDraft();
        if (step.perChild() && (child < 0 || child > draft.getChildren().size() || child >= 10)) {
            event.forwardTo(ApplyStartView.class);
            return;
        }
        ref = new ApplyStep.Ref(step, child);
        showQuestion(build(), back(), getTranslation("button.continue"), this::submit);
    }

    private Anchor back() {
        if (returning) {
            return backAnchor("apply/check-answers", getTranslation("link.back"));
        }
        List<ApplyStep.Ref> steps = cases.applicationSteps(draft);
        int i = steps.indexOf(ref);
        return backAnchor(i <= 0 ? "apply" : location(steps.get(i - 1), false), getTranslation("link.back"));
    }

    private void submit() {
        CaseService.StepResult result = cases.saveStep(ref, draft, returning);
        if (!result.errors().isEmpty() || !form.ownProblems().isEmpty()) {
            showErrors(result.errors());
            return;
        }
        if (result.stop() != null) {
            showStop(result.stop());
            return;
        }
        go(result.next(), returning && result.next().step() != ApplyStep.CHILD_NAME);
    }

    /** Answers that mean the application cannot go on online get their own page (UX.md §3.6). */
    private void showStop(String reason) {
        removeAll();
        setShowingErrors(false);
        add(backAnchor(location(ref, returning), getTranslation("link.back")));
        String childName = ref.step().perChild() ? draft.child(ref.child()).getName() : "";
        setPageTitle(getTranslation("apply.stop." + reason + ".title", childName));
        heading(getTranslation("apply.stop." + reason + ".title", childName));
        paragraph(getTranslation("apply.stop." + reason + ".body", childName));
        if (reason.startsWith("child")) {
            Div actions = new Div();
            Anchor change = new Anchor(location(new ApplyStep.Ref(ApplyStep.CHILD_DOB, ref.child()), returning),
                    getTranslation("apply.stop.changeDob"));
            change.setId("change-answer");
            Button remove = Forms.primary("remove-child", getTranslation("apply.stop.removeChild"), e -> {
                cases.removeChild(ref.child());
                ApplicationDraft d = cases.myDraft();
                go(d.getChildren().isEmpty() ? new ApplyStep.Ref(ApplyStep.CHILD_NAME, 0) : ApplyStep.Ref.of(ApplyStep.MORE_CHILDREN), false);
            });
            actions.add(new Paragraph(change), remove);
            add(actions);
        } else {
            add(new H2(getTranslation("apply.stop.contact.title")));
            paragraph(getTranslation("apply.stop.contact.body"));
        }
    }

    private QuestionForm build() {
        ApplyStep s = ref.step();
        String base = "apply.q." + s.slug();
        String childName = s.perChild() ? draft.child(ref.child()).getName() : null;
        String heading = s.perChild()
                ? getTranslation(base, childName == null || childName.isBlank() ? getTranslation("apply.thisChild") : childName)
                : getTranslation(base);
        String hint = hintOf(base + ".hint");
        QuestionForm f = new QuestionForm(this, heading, hint);
        ApplicationDraft d = draft;
        ApplicationDraft.ChildDraft kid = s.perChild() ? d.child(ref.child()) : null;
        switch (s) {
            case REFERENCE -> f.text("reference", null, d.getPreApplicationReference() == null
                            || d.getPreApplicationReference().isBlank() ? offeredReference : d.getPreApplicationReference(),
                            d::setPreApplicationReference, "field--narrow")
                    .getElement().setAttribute("inputmode", "numeric");
            case WHO -> f.radios("applicantType", null, Arrays.asList(ApplicantType.values()),
                    t -> getTranslation("applicantType." + t.name()), d.getApplicantType(), d::setApplicantType);
            case DOMESTIC_ABUSE -> {
                f.content().add(new Paragraph(getTranslation("apply.q.domestic-abuse.support")));
                f.yesNo("domesticAbuse", null, d.getDomesticAbuse(), d::setDomesticAbuse);
            }
            case SAFE_TO_SHARE -> f.yesNo("notSafeToShare", null, d.getNotSafeToShare(), d::setNotSafeToShare);
            case YOUR_ADDRESS -> {
                f.area("address", getTranslation("apply.field.address"), d.getAddress(), d::setAddress);
                f.text("postcode", getTranslation("apply.field.postcode"), d.getPostcode(), d::setPostcode, "field--narrow");
            }
            case YOUR_PHONE -> f.text("phone", null, d.getPhone(), d::setPhone, null)
                    .getElement().setAttribute("inputmode", "tel");
            case OTHER_NAME -> f.text("otherName", null, d.getOtherName(), d::setOtherName, "field--wide");
            case OTHER_DOB -> {
                f.date("otherDateOfBirth", null, d.getOtherDateOfBirth(), d::setOtherDateOfBirth);
                f.checkbox("otherDateOfBirthUnknown", getTranslation("answer.dontKnow"), d.isOtherDateOfBirthUnknown(),
                        d::setOtherDateOfBirthUnknown);
            }
            case OTHER_ADDRESS -> {
                f.yesNo("otherAddressKnown", null, d.getOtherAddressKnown(), d::setOtherAddressKnown);
                f.area("otherAddress", getTranslation("apply.field.otherAddress"), d.getOtherAddress(), d::setOtherAddress);
                f.text("otherPostcode", getTranslation("apply.field.postcodeOptional"), d.getOtherPostcode(), d::setOtherPostcode, "field--narrow");
            }
            case OTHER_NI -> f.text("otherNiNumber", null, d.getOtherNiNumber(), d::setOtherNiNumber, "field--narrow");
            case OTHER_EMPLOYER -> f.text("otherEmployer", null, d.getOtherEmployer(), d::setOtherEmployer, "field--wide");
            case OTHER_EMAIL -> f.text("otherEmail", null, d.getOtherEmail(), d::setOtherEmail, "field--wide")
                    .getElement().setAttribute("inputmode", "email");
            case CHILD_NAME -> f.text("childName", null, kid.getName(), kid::setName, "field--wide");
            case CHILD_DOB -> f.date("childDateOfBirth", null, kid.getDateOfBirth(), kid::setDateOfBirth);
            case CHILD_EDUCATION -> f.yesNo("childInEducation", null, kid.getInEducation(), kid::setInEducation);
            case MORE_CHILDREN -> {
                for (ApplicationDraft.ChildDraft c : d.getChildren()) {
                    f.content().add(new Paragraph(c.getName() == null ? "" : c.getName()));
                }
                f.yesNo("moreChildren", null, null, d::setMoreChildren);
            }
            case LIVE_IN_UK -> f.yesNo("allInUk", null, d.getAllInUk(), d::setAllInUk);
            case SERVICE_TYPE -> {
                List<ServiceType> offered = PaymentSafety.offered(d.safetyConcern());
                if (!PaymentSafety.directPayOffered(d.safetyConcern())) {
                    f.content().add(new Paragraph(getTranslation("apply.q.payments.safety")));
                }
                f.radios("serviceType", null, offered, t -> getTranslation("serviceType.explained." + t.name()),
                        d.getServiceType(), d::setServiceType);
            }
            case BANK -> {
                f.text("bankAccountName", getTranslation("apply.field.bankName"), d.getBankAccountName(), d::setBankAccountName, "field--wide");
                f.text("sortCode", getTranslation("apply.field.sortCode"), d.getSortCode(), d::setSortCode, "field--narrow");
                f.text("accountNumber", getTranslation("apply.field.accountNumber"), d.getAccountNumber(), d::setAccountNumber, "field--narrow");
            }
            case CHECK -> {
            }
        }
        if (s == ApplyStep.OTHER_ADDRESS) {
            var known = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<Boolean>) f.fields().get("otherAddressKnown");
            Runnable reveal = () -> {
                boolean show = Boolean.TRUE.equals(known.getValue());
                f.fields().get("otherAddress").getParent().ifPresent(p -> p.setVisible(show));
                f.fields().get("otherPostcode").getParent().ifPresent(p -> p.setVisible(show));
            };
            known.addValueChangeListener(e -> reveal.run());
            reveal.run();
        }
        return f;
    }

    private String hintOf(String key) {
        String text = getTranslation(key);
        return text.isBlank() || text.startsWith("!") ? null : text;
    }
}
