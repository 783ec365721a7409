package org.childmaintenance.notices.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PlainHtml;
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
        // Text only inside the link: one element whose content is the same markup (PlainHtml); the bell as a
        // character reference keeps every answer that carries it in Latin-1 (BENCHMARKS.md "Session heap").
        StringBuilder html = new StringBuilder("<span aria-hidden=\"true\">&#128276;</span> <span>")
                .append(PlainHtml.escape(I18NProvider.translate("notifications.bell"))).append("</span>");
        if (unread > 0) {
            html.append(" <span id=\"notification-count\" class=\"tag tag--yellow\">")
                    .append(PlainHtml.escape(I18NProvider.translate("notifications.bell.unread", unread))).append("</span>");
        }
        PlainHtml.setContent(link, html.toString());
        Div holder = new Div(link);
        holder.addClassName("app-header__bell-holder");
        return holder;
    }
}
