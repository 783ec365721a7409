package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.outreach.OutreachViews.ReferralForm;
import org.childmaintenance.outreach.PartnerCentres;

/**
 * A centre's staff member refers a parent (a staff form: the fields under one heading). The parent's
 * consent is required; safety concerns are asked every time, and a "yes" reveals a box for what to know.
 */
@Route(value = "partner/refer", layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
public class ReferView extends PortalPage {
    private final PartnerCentres partners;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField name = Forms.text("full-name", null, null);
    private final TextField phone = Forms.text("phone", null, null);
    private final RadioButtonGroup<Boolean> messageOk;
    private final TextField email = Forms.email("email", null, null);
    private final TextArea help = area("help-needed");
    private final RadioButtonGroup<Boolean> safety;
    private final TextArea safetyDetails = area("safety-details");
    private final Checkbox consent = new Checkbox();
    private final Map<String, Component> fields = new LinkedHashMap<>();

    public ReferView(PartnerCentres partners) {
        this.partners = partners;
        RouterLink back = new RouterLink(getTranslation("outreach.back"), PartnerHomeView.class);
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary);
        heading(getTranslation("partner.refer.title"));
        paragraph(getTranslation("partner.refer.lead"));
        name.setLabel(getTranslation("partner.refer.name"));
        name.addClassName("field--wide");
        phone.setLabel(getTranslation("partner.refer.phone"));
        phone.setHelperText(getTranslation("partner.refer.phoneHint"));
        phone.getElement().setAttribute("type", "tel");
        messageOk = Forms.radios("message-ok", getTranslation("partner.refer.messageOk"),
                getTranslation("partner.refer.messageOkHint"), List.of(true, false),
                b -> getTranslation(b ? "outreach.message.yes" : "outreach.message.no"));
        email.setLabel(getTranslation("partner.refer.email"));
        help.setLabel(getTranslation("partner.refer.help"));
        help.setHelperText(getTranslation("partner.refer.helpHint"));
        safety = Forms.radios("safety", getTranslation("partner.refer.safety"), getTranslation("partner.refer.safetyHint"),
                List.of(true, false), b -> getTranslation(b ? "partner.refer.yes" : "partner.refer.no"));
        safetyDetails.setLabel(getTranslation("partner.refer.safetyDetails"));
        safetyDetails.setVisible(false);
        safety.addValueChangeListener(e -> safetyDetails.setVisible(Boolean.TRUE.equals(e.getValue())));
        consent.setId("consent");
        consent.setLabel(getTranslation("partner.refer.consent"));
        fields.put("fullName", name);
        fields.put("phone", phone);
        fields.put("messageOk", messageOk);
        fields.put("email", email);
        fields.put("helpNeeded", help);
        fields.put("safetyConcern", safety);
        fields.put("safetyDetails", safetyDetails);
        fields.put("consent", consent);
        add(Forms.group(name), Forms.group(phone), Forms.group(messageOk), Forms.group(email), Forms.group(help),
                Forms.group(safety, safetyDetails), new H2(getTranslation("partner.refer.consentTitle")),
                Forms.group(consent), Forms.primary("send-referral", getTranslation("partner.refer.send"), e -> send()));
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.addThemeName("helper-above-field");
        area.addClassName("field--area");
        return area;
    }

    private void send() {
        fields.values().forEach(c -> {
            if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
        try {
            String reference = partners.refer(new ReferralForm(name.getValue(), phone.getValue(), email.getValue(),
                    messageOk.getValue(), help.getValue(), safety.getValue(),
                    safetyDetails.isVisible() ? safetyDetails.getValue() : null, Boolean.TRUE.equals(consent.getValue())));
            getUI().ifPresent(ui -> ui.navigate(PartnerHomeView.class, QueryParameters.simple(Map.of("referred", reference))));
        } catch (UserFacingException e) {
            summary.show(e.fieldErrors(), fields, name);
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("partner.refer.title");
    }
}
