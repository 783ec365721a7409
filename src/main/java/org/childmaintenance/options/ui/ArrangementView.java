package org.childmaintenance.options.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.childmaintenance.options.Display;
import org.springframework.security.access.AccessDeniedException;

/**
 * One arrangement for one of its parents: its status, the terms, the PDF, and what that parent can
 * do next (invite, confirm, track payments, or apply to the Child Maintenance Service if it breaks down).
 */
@Route(value = "arrangement/:id([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ArrangementView extends PortalPage implements BeforeEnterObserver {
    private final java.time.Clock clock;
    private final ArrangementService arrangements;
    private final CaseService cases;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField inviteEmail = Forms.email("invite-email",
            getTranslation("arrangement.invite.email"), getTranslation("arrangement.invite.email.hint"));
    private long id;

    public ArrangementView(ArrangementService arrangements, CaseService cases, java.time.Clock clock) {
        this.clock = clock;
        this.arrangements = arrangements;
        this.cases = cases;
        addClassName("page--wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render(arrangements.details(id), null);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void render(ArrangementDetails d, String bannerKey) {
        removeAll();
        add(Pages.backLink(ArrangementHubView.class));
        if (bannerKey != null) {
            add(Pages.banner("done-banner", getTranslation(bannerKey), getTranslation(bannerKey + ".body",
                    d.otherParentName()), true));
        } else if (d.reviewDueSoon()) {
            add(Pages.banner("review-banner", getTranslation("arrangement.reviewBanner.title"),
                    getTranslation("arrangement.reviewBanner.body", Display.date(d.reviewDate())), false));
        }
        add(summary);
        heading(getTranslation("arrangement.view.title", d.otherParentName()));
        Paragraph status = new Paragraph(getTranslation("arrangement.view.status") + " ");
        status.add(StatusTag.of(d.status()));
        status.setId("arrangement-status");
        add(status);
        paragraph(statusText(d));

        if (d.status() == Status.DRAFT && d.youCreatedIt()) {
            RouterLink carryOn = new RouterLink(getTranslation("arrangement.view.continue"),
                    d.complete() ? ArrangementCheckView.class : AboutStep.class, params());
            carryOn.setId("continue-building");
            carryOn.addClassName("button-link");
            add(new Paragraph(carryOn));
            return;
        }

        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = arrangements.agreementPdf(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "child-maintenance-arrangement.pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("arrangement.view.pdf"));
        pdf.setId("download-pdf");
        add(new Paragraph(pdf));

        if (d.status() == Status.AGREED && d.youCreatedIt() && !d.otherParentJoined()) {
            add(new H2(getTranslation("arrangement.invite.title")));
            paragraph(getTranslation(d.invitationPending() ? "arrangement.invite.pending" : "arrangement.invite.lead",
                    d.otherParentName()));
            paragraph(getTranslation("arrangement.invite.privacy"));
            inviteEmail.clear();
            add(Forms.group(inviteEmail), Forms.primary("send-invitation", getTranslation(d.invitationPending()
                    ? "arrangement.invite.resend" : "arrangement.invite.button"), e -> invite()));
        }
        if (d.status() == Status.AGREED && !d.youCreatedIt()) {
            add(new H2(getTranslation("arrangement.confirm.title")));
            paragraph(getTranslation("arrangement.confirm.lead", d.otherParentName()));
            add(Forms.primary("confirm", getTranslation("arrangement.confirm.button"), e -> confirm()));
        }
        if (d.status() == Status.CONFIRMED) {
            RouterLink tracker = new RouterLink(getTranslation("arrangement.view.tracker"), PaymentTrackerView.class, params());
            tracker.setId("open-tracker");
            tracker.addClassName("button-link");
            add(new Paragraph(tracker));
        }
        add(Terms.of(d, false));
        if (d.status() == Status.CONFIRMED) {
            add(new H2(getTranslation("arrangement.breakdown.title")));
            paragraph(getTranslation("arrangement.breakdown.lead"));
            paragraph(getTranslation("arrangement.breakdown.carry"));
            add(Forms.primary("apply-cms", getTranslation("arrangement.breakdown.button"), e -> handover()));
        }
    }

    private String statusText(ArrangementDetails d) {
        return switch (d.status()) {
            case DRAFT -> getTranslation("arrangement.view.draft");
            case AGREED -> d.youCreatedIt()
                    ? getTranslation(d.otherParentJoined() ? "arrangement.view.waitingConfirm" : "arrangement.view.agreed",
                    d.otherParentName())
                    : getTranslation("arrangement.view.pleaseConfirm", d.otherParentName());
            case CONFIRMED -> getTranslation("arrangement.view.confirmed",
                    Display.date(d.confirmedAt().atZone(clock.getZone()).toLocalDate()));
        };
    }

    private void invite() {
        Forms.clearErrors(inviteEmail);
        try {
            arrangements.invite(id, inviteEmail.getValue());
            setShowingErrors(false);
            render(arrangements.details(id), "arrangement.invite.sent");
        } catch (UserFacingException e) {
            Map<com.vaadin.flow.component.Component, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach(fe -> errors.put(inviteEmail, getTranslation(fe.message())));
            summary.show(errors);
            setShowingErrors(true);
        }
    }

    private void confirm() {
        arrangements.confirm(id);
        render(arrangements.details(id), "arrangement.confirm.done");
    }

    private void handover() {
        var handover = arrangements.handoverFor(id);
        cases.prefillDraft(handover.otherParentName(), handover.children().stream()
                .map(c -> new CaseService.KnownChild(c.firstName(), c.dateOfBirth())).toList());
        getUI().ifPresent(ui -> ui.navigate("apply", QueryParameters.of("fromArrangement", Long.toString(id))));
    }

    private RouteParameters params() {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("arrangement.view.pageTitle");
    }

    /** A coloured status tag (UX.md §6 tags). */
    static final class StatusTag {
        private StatusTag() {
        }

        static Span of(Status status) {
            Span tag = new Span(Display.label("arrangement.status.", status));
            tag.addClassName("tag");
            tag.addClassName(switch (status) {
                case DRAFT -> "tag--grey";
                case AGREED -> "tag--yellow";
                case CONFIRMED -> "tag--green";
            });
            return tag;
        }
    }
}
