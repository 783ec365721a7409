package org.childmaintenance.legacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.legacy.LegacyCases;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.childmaintenance.legacy.LegacyViews.ParentCase;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Your old-scheme case": the parent's case run under the 1993 or 2003 scheme, its weekly amount,
 * liability end date and arrears, what happens until then, and what they can do next (and what they
 * chose). A parent with no case found yet is offered to find it by reference and date of birth.
 */
@Route(value = "old-scheme-case/:legacyCaseId?([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class OldSchemeCaseView extends PortalPage implements BeforeEnterObserver {
    static final String ID = "legacyCaseId";
    private final LegacyCases legacyCases;

    public OldSchemeCaseView(LegacyCases legacyCases) {
        this.legacyCases = legacyCases;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String done = event.getLocation().getQueryParameters().getSingleParameter("done").orElse(null);
        var param = event.getRouteParameters().getLong(ID);
        try {
            if (param.isPresent()) {
                show(legacyCases.details(param.get()), done);
                return;
            }
            List<ParentCase> mine = legacyCases.mine();
            if (mine.size() == 1) {
                show(mine.getFirst(), done);
            } else if (mine.isEmpty()) {
                none();
            } else {
                heading(getTranslation("legacy.case.title"));
                paragraph(getTranslation("legacy.case.chooseCase"));
                UnorderedList list = new UnorderedList();
                list.addClassName("bullets");
                list.setId("legacy-case-list");
                mine.forEach(c -> list.add(new ListItem(new RouterLink(getTranslation("legacy.case.link", c.legacyReference()),
                        OldSchemeCaseView.class, new RouteParameters(ID, Long.toString(c.id()))))));
                add(list);
                findLink();
            }
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void none() {
        heading(getTranslation("legacy.case.title"));
        paragraph(getTranslation("legacy.case.none")).setId("no-legacy-case");
        paragraph(getTranslation("legacy.case.noneExplain"));
        findLink();
    }

    private void findLink() {
        RouterLink find = new RouterLink(getTranslation("legacy.case.find"), FindOldSchemeCaseView.class);
        find.setId("find-legacy-case");
        add(new Paragraph(find));
    }

    private void show(ParentCase c, String done) {
        Span caption = new Span(getTranslation("legacy.case.caption", c.legacyReference()));
        caption.addClassName("caption");
        add(caption);
        if ("apply".equals(done) && c.newCaseStartsOn() != null) {
            add(LegacyUi.banner("done-banner", getTranslation("legacy.done.apply.title"), true,
                    LegacyUi.para(getTranslation("legacy.done.apply.body", LegacyUi.date(c.newCaseStartsOn())))));
        } else if ("none".equals(done)) {
            add(LegacyUi.banner("done-banner", getTranslation("legacy.done.none.title"), true,
                    LegacyUi.para(getTranslation("legacy.done.none.body"))));
        }
        heading(getTranslation("legacy.case.title"));
        if (c.stage() == Stage.ENDED) {
            paragraph(getTranslation("legacy.case.ended", LegacyUi.date(c.liabilityEndDate()))).setId("legacy-status");
        } else if (c.liabilityEndDate() != null) {
            paragraph(getTranslation("legacy.case.ending", LegacyUi.date(c.liabilityEndDate()))).setId("legacy-status");
        } else {
            paragraph(getTranslation("legacy.case.noDate")).setId("legacy-status");
        }
        SummaryList list = new SummaryList();
        list.setId("legacy-summary");
        list.row(getTranslation("legacy.case.reference"), c.legacyReference(), null);
        list.row(getTranslation("legacy.case.scheme"), getTranslation("legacy.scheme." + c.scheme().name()), null);
        list.row(getTranslation("legacy.case.you"), getTranslation("legacy.case.you." + c.myRole().name()), null);
        list.row(getTranslation("legacy.case.otherParent"), c.otherParentName(), null);
        list.row(getTranslation("legacy.case.children"), c.children().stream().map(k -> k.name())
                .collect(Collectors.joining(", ")), null);
        list.row(getTranslation("legacy.case.weekly"), MoneyText.format(c.weeklyAmount()), null);
        list.row(getTranslation("legacy.case.endDate"), c.liabilityEndDate() == null
                ? getTranslation("legacy.case.endDateNotSet") : LegacyUi.date(c.liabilityEndDate()), null);
        list.row(getTranslation("legacy.case.arrears." + c.myRole().name()), c.arrearsCaseReference() == null
                ? MoneyText.format(c.arrears())
                : getTranslation("legacy.case.arrearsMoved", MoneyText.format(c.arrears()), c.arrearsCaseReference()), null);
        add(list);
        add(new H2(getTranslation("legacy.case.meanwhile")));
        if (c.stage() != Stage.ENDED) {
            paragraph(getTranslation("legacy.case.meanwhile.pay." + c.myRole().name()));
        }
        paragraph(getTranslation("legacy.case.meanwhile.arrears"));
        if (c.arrearsCaseReference() != null) {
            Anchor payments = new Anchor("payments", getTranslation("legacy.case.paymentsLink"));
            payments.setId("payments-link");
            add(new Paragraph(payments));
        }
        next(c);
        add(new H2(getTranslation("legacy.case.letters")));
        paragraph(c.letters().isEmpty() ? getTranslation("legacy.case.noLetters")
                : getTranslation("legacy.case.lettersCount", c.letters().size()));
        Anchor documents = new Anchor("documents", getTranslation("legacy.case.documentsLink"));
        documents.setId("documents-link");
        add(new Paragraph(documents));
    }

    /** "What you can do next", and what the parent chose. */
    private void next(ParentCase c) {
        H2 title = new H2(getTranslation("legacy.next.title"));
        title.setId("next-title");
        add(title);
        if (!c.mayChoose()) {
            paragraph(getTranslation("legacy.next.notYet"));
            return;
        }
        UnorderedList options = new UnorderedList(new ListItem(getTranslation("legacy.next.option.FAMILY_ARRANGEMENT")),
                new ListItem(getTranslation("legacy.next.option.APPLY", LegacyUi.date(c.newSchemeStart()))),
                new ListItem(getTranslation("legacy.next.option.NO_ARRANGEMENT")));
        options.addClassName("bullets");
        add(options);
        if (c.nextStep() != null) {
            Paragraph chosen = paragraph(getTranslation("legacy.next.chosen." + c.nextStep().name()));
            chosen.setId("next-chosen");
            if (c.nextStep() == NextStep.APPLY) {
                Paragraph start = paragraph(c.nextStepDetail() == null
                        ? getTranslation("legacy.next.startsOn", LegacyUi.date(c.newCaseStartsOn()))
                        : getTranslation("legacy.next.applied", c.nextStepDetail(), LegacyUi.date(c.newCaseStartsOn())));
                start.setId("new-case-start");
                if (c.nextStepDetail() == null) {
                    Anchor reference = new Anchor("options", getTranslation("legacy.next.getReference"));
                    reference.setId("get-reference");
                    Anchor apply = new Anchor("apply", getTranslation("legacy.next.continueApplication"));
                    apply.setId("continue-application");
                    paragraph(getTranslation("legacy.next.referenceFirst"));
                    add(new Paragraph(reference), new Paragraph(apply));
                }
            } else if (c.nextStep() == NextStep.FAMILY_ARRANGEMENT && c.nextStepDetail() != null) {
                Anchor arrangement = new Anchor("arrangement/" + c.nextStepDetail(), getTranslation("legacy.next.openArrangement"));
                arrangement.setId("open-arrangement");
                add(new Paragraph(arrangement));
            }
        }
        RouterLink choose = new RouterLink(getTranslation(c.nextStep() == null ? "legacy.next.choose" : "legacy.next.chooseAgain"),
                NextStepView.class, new RouteParameters(ID, Long.toString(c.id())));
        choose.setId("choose-next");
        choose.addClassName("button-link");
        add(new Paragraph(choose));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("legacy.case.title");
    }
}
