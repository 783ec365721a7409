package org.childmaintenance.options.ui;

import org.childmaintenance.base.MoneyText;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementSummary;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.Display;

/** A parent's family-based arrangements: start one, open one, or join one with a code. */
@Route(value = "arrangement", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ArrangementHubView extends PortalPage implements BeforeEnterObserver {
    private final ArrangementService arrangements;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField code = Forms.text("code", getTranslation("arrangement.hub.code"),
            getTranslation("arrangement.hub.code.hint"));

    public ArrangementHubView(ArrangementService arrangements) {
        this.arrangements = arrangements;
        addClassName("page--wide");
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.getElement().setAttribute("spellcheck", "false");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<ArrangementSummary> mine = arrangements.mine();
        mine.stream().filter(ArrangementSummary::reviewDueSoon).findFirst().ifPresent(a ->
                add(Pages.banner("review-banner", getTranslation("arrangement.reviewBanner.title"),
                        getTranslation("arrangement.reviewBanner.body", Display.date(a.reviewDate())), false)));
        add(summary);
        heading(getTranslation("arrangement.hub.title"));
        lead(getTranslation("arrangement.hub.lead"));
        if (!mine.isEmpty()) {
            DataTable table = new DataTable(getTranslation("arrangement.hub.caption"),
                    getTranslation("arrangement.hub.with"), getTranslation("arrangement.hub.status"),
                    getTranslation("arrangement.hub.amount"), getTranslation("arrangement.hub.review"));
            table.setId("arrangements");
            for (ArrangementSummary a : mine) {
                RouterLink open = new RouterLink(a.otherParentName() == null ? getTranslation("arrangement.hub.unnamed")
                        : a.otherParentName(), ArrangementView.class, new RouteParameters("id", Long.toString(a.id())));
                open.setId("open-" + a.id());
                table.rowOf(open, ArrangementView.StatusTag.of(a.status()),
                        a.amount() == null ? "" : getTranslation("arrangement.amountEvery", MoneyText.format(a.amount()),
                                Display.label("arrangement.frequency.", a.frequency()).toLowerCase()),
                        Display.date(a.reviewDate()));
            }
            add(table);
        }
        add(new Paragraph(Forms.primary("start-arrangement", getTranslation("arrangement.hub.start"), e -> {
            long id = arrangements.start();
            getUI().ifPresent(ui -> ui.navigate(AboutStep.class, new RouteParameters("id", Long.toString(id))));
        })));
        add(org.childmaintenance.base.ui.TalkToSomeoneLink.paragraph("arrangement"));
        add(new H2(getTranslation("arrangement.hub.codeTitle")));
        paragraph(getTranslation("arrangement.hub.codeLead"));
        code.clear();
        add(Forms.group(code));
        com.vaadin.flow.component.button.Button use = new com.vaadin.flow.component.button.Button(
                getTranslation("arrangement.hub.useCode"), e -> useCode());
        use.setId("use-code");
        add(new Paragraph(use));
    }

    private void useCode() {
        Forms.clearErrors(code);
        try {
            long id = arrangements.acceptInvitation(code.getValue());
            getUI().ifPresent(ui -> ui.navigate(ArrangementView.class, new RouteParameters("id", Long.toString(id))));
        } catch (UserFacingException e) {
            summary.show(Map.of(code, getTranslation(e.fieldErrors().isEmpty() ? e.getMessage()
                    : e.fieldErrors().getFirst().message())));
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("arrangement.hub.title");
    }
}
