package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.messages.CaseworkMessages;
import org.childmaintenance.messages.ConversationKind;
import org.childmaintenance.messages.MessageViews.Inbox;
import org.childmaintenance.messages.MessageViews.InboxFilter;
import org.childmaintenance.messages.MessageViews.InboxItem;
import org.childmaintenance.messages.Subject;

/** Casework's messages inbox: counts, filters (case, employer, subject), oldest unanswered first. */
@Route(value = "casework/messages", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class CaseworkInboxView extends PortalPage implements BeforeEnterObserver {
    private static final String ANY = "";
    private final CaseworkMessages casework;
    private final TextField caseReference = Forms.text("filter-case", "", null);
    private final Select<String> organisation = new Select<>();
    private final Select<String> subject = new Select<>();
    private final Checkbox onlyAwaiting = new Checkbox();
    private final Div results = new Div();

    public CaseworkInboxView(CaseworkMessages casework) {
        this.casework = casework;
        addClassName("page--wide");
        caseReference.setLabel(getTranslation("inbox.filter.case"));
        organisation.setId("filter-employer");
        org.childmaintenance.base.ui.Forms.label(organisation, getTranslation("inbox.filter.employer"));
        subject.setId("filter-subject");
        org.childmaintenance.base.ui.Forms.label(subject, getTranslation("inbox.filter.subject"));
        List<String> subjects = new ArrayList<>(List.of(ANY));
        Arrays.stream(Subject.values()).map(Enum::name).forEach(subjects::add);
        subject.setItems(subjects);
        subject.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("inbox.filter.any") : getTranslation("messages.subject." + s));
        subject.setValue(ANY);
        onlyAwaiting.setId("filter-awaiting");
        onlyAwaiting.setLabel(getTranslation("inbox.filter.awaiting"));
        onlyAwaiting.setValue(true);
        results.setId("inbox-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading(getTranslation("inbox.title"));
        Inbox all = casework.inbox(new InboxFilter(null, null, null, false));
        SummaryList counts = new SummaryList();
        counts.setId("inbox-counts");
        counts.row(getTranslation("inbox.count.awaiting"), Long.toString(all.awaiting()), null);
        counts.row(getTranslation("inbox.count.unassigned"), Long.toString(all.awaitingUnassigned()), null);
        counts.row(getTranslation("inbox.count.mine"), Long.toString(all.assignedToMe()), null);
        add(counts);
        List<String> orgs = new ArrayList<>(List.of(ANY));
        orgs.addAll(all.organisations());
        organisation.setItems(orgs);
        organisation.setItemLabelGenerator(o -> o.isEmpty() ? getTranslation("inbox.filter.any") : o);
        organisation.setValue(ANY);
        H2 filters = new H2(getTranslation("inbox.filter.title"));
        Div form = new Div(caseReference, organisation, subject, onlyAwaiting,
                Forms.primary("apply-filters", getTranslation("inbox.filter.apply"), e -> show()));
        form.addClassName("form-group");
        add(filters, form, results);
        show();
    }

    private void show() {
        results.removeAll();
        Inbox inbox = casework.inbox(new InboxFilter(caseReference.getValue(), organisation.getValue(),
                subject.getValue() == null || subject.getValue().isEmpty() ? null : Subject.valueOf(subject.getValue()),
                Boolean.TRUE.equals(onlyAwaiting.getValue())));
        if (inbox.items().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("inbox.none"));
            none.setId("inbox-empty");
            results.add(none);
            return;
        }
        DataTable table = new DataTable(getTranslation("inbox.caption", inbox.items().size()), getTranslation("inbox.col.waiting"),
                getTranslation("inbox.col.about"), getTranslation("inbox.col.subject"), getTranslation("inbox.col.assigned"));
        table.setId("inbox-table");
        for (InboxItem i : inbox.items()) {
            RouterLink open = new RouterLink(about(i), CaseworkConversationView.class,
                    new RouteParameters("conversationId", Long.toString(i.conversationId())));
            open.setId("open-" + i.conversationId());
            Span assigned = new Span(i.assignedToMe() ? getTranslation("inbox.assigned.me")
                    : i.assigned() ? getTranslation("inbox.assigned.other") : getTranslation("inbox.assigned.none"));
            assigned.addClassName("tag");
            assigned.addClassName(i.assignedToMe() ? "tag--blue" : "tag--grey");
            table.rowOf(i.awaitingSince() == null ? getTranslation("inbox.answered") : MessageParts.when(i.awaitingSince()),
                    open, getTranslation("messages.subject." + i.subject().name()), assigned);
        }
        results.add(table);
    }

    private String about(InboxItem i) {
        if (i.kind() == ConversationKind.CASE) {
            return getTranslation("messages.about.case", i.caseReference() == null ? "" : i.caseReference());
        }
        return i.orderReference() == null ? getTranslation("inbox.about.employer", i.organisationName())
                : getTranslation("inbox.about.employerOrder", i.organisationName(), i.orderReference());
    }

    @Override
    protected String pageTitle() {
        return getTranslation("inbox.title");
    }
}
