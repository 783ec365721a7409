package org.childmaintenance.notices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.notices.Notify;
import org.childmaintenance.base.DisplayFormats;

/** The person's notices, newest first: open one to read the detail where it lives; mark all as read. */
@Route(value = "notifications", layout = MainLayout.class)
@PermitAll
public class NotificationsView extends PortalPage {
    private final java.time.ZoneId zone;
    private final Notify notify;

    public NotificationsView(Notify notify, Clock clock) {
        this.notify = notify;
        this.zone = clock.getZone();
        render();
    }

    private void render() {
        removeAll();
        heading(getTranslation("notifications.title"));
        List<Notify.NotificationView> mine = notify.myNotifications(100);
        long unread = mine.stream().filter(n -> !n.read()).count();
        paragraph(unread == 0 ? getTranslation("notifications.allRead") : getTranslation("notifications.unread", unread))
                .setId("unread-summary");
        if (mine.isEmpty()) {
            paragraph(getTranslation("notifications.none"));
        } else {
            if (unread > 0) {
                Button all = new Button(getTranslation("notifications.markAll"), e -> {
                    notify.markAllRead();
                    refresh();
                });
                all.setId("mark-all-read");
                all.addClassName("link-button");
                add(all);
            }
            UnorderedList list = new UnorderedList();
            list.setId("notification-list");
            list.addClassName("notification-list");
            mine.forEach(n -> list.add(item(n)));
            add(list);
        }
        add(new Paragraph(new RouterLink(getTranslation("notifications.settingsLink"), NotificationSettingsView.class)));
    }

    private ListItem item(Notify.NotificationView n) {
        ListItem li = new ListItem();
        li.setId("notification-" + n.id());
        if (!n.read()) {
            Span tag = new Span(getTranslation("notifications.new"));
            tag.addClassNames("tag", "tag--blue");
            li.add(tag, new Span(" "));
        }
        Button open = new Button(getTranslation(n.messageKey()), e -> {
            String link = notify.markRead(n.id());
            if (link != null) {
                getUI().ifPresent(ui -> ui.navigate(link));
            } else {
                refresh();
            }
        });
        open.setId("open-" + n.id());
        open.addClassName("link-button");
        Span when = new Span(DisplayFormats.dateTime(n.createdAt(), zone));
        when.addClassName("hint");
        li.add(open, new Span(" "), when);
        return li;
    }

    /** Builds the page again through the router, so the bell in the header shows the new count too. */
    private void refresh() {
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("notifications.title");
    }
}
