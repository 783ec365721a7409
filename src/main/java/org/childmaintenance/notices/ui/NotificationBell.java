package org.childmaintenance.notices.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.notices.Notify;

/** The bell in the page header: a link to the Notifications page with the number of unread notices. */
@org.springframework.stereotype.Component
class NotificationBell implements MainLayout.HeaderItem {
    private final Notify notify;

    NotificationBell(Notify notify) {
        this.notify = notify;
    }

    @Override
    public Component create() {
        long unread = notify.myUnreadCount();
        RouterLink link = new RouterLink("", NotificationsView.class);
        link.setId("notification-bell");
        link.addClassName("app-header__bell");
        Span icon = new Span("\uD83D\uDD14");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(I18NProvider.translate("notifications.bell"));
        link.add(icon, new Span(" "), label);
        if (unread > 0) {
            Span count = new Span(I18NProvider.translate("notifications.bell.unread", unread));
            count.setId("notification-count");
            count.addClassName("tag");
            count.addClassName("tag--yellow");
            link.add(new Span(" "), count);
        }
        Div holder = new Div(link);
        holder.addClassName("app-header__bell-holder");
        return holder;
    }
}
