package org.childmaintenance.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.childmaintenance.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications: tell a person that something happened. The notice goes into their in-portal list
 * (the bell and the Notifications page) in the caller's transaction; after it commits, they get an
 * e-mail (and a text, if they chose one) that says only that there is news, with a link to sign in —
 * never amounts, names or reasons (LC-17.6). Other features call {@link #send} or publish
 * {@link NotificationRequested}.
 */
@Service
public class Notify {
    private final PortalNotificationRepository notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final NotificationDispatcher dispatcher;

    Notify(PortalNotificationRepository notifications, CurrentUser currentUser, ApplicationEventPublisher events,
           Clock clock, JdbcTemplate jdbc, NotificationDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public record NotificationView(long id, NotificationKind kind, String messageKey, @Nullable String link,
                                   Instant createdAt, boolean read) {
    }

    /**
     * Tells {@code accountId} that something of {@code kind} happened. {@code messageKey} is the
     * translation key of the text in their list; {@code link} a portal path (e.g. {@code "my-case"}) or null.
     * Joins the caller's transaction: nothing is sent if it rolls back.
     */
    @Transactional
    public void send(long accountId, NotificationKind kind, String messageKey, @Nullable String link) {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("A notification needs a message key");
        }
        PortalNotification n = notifications.save(new PortalNotification(accountId, kind, messageKey,
                link == null ? null : link.replaceFirst("^/+", ""), clock.instant()));
        events.publishEvent(new NotificationCreated(n.id()));
    }

    /**
     * {@link #send} for many notices at once (the nightly run): one notice to each account listed (an account
     * listed twice gets two), written with one JDBC batch insert, and the e-mails the people chose queued in
     * batches in the same transaction ({@link NotificationDispatcher#dispatchAll}); they are sent after it commits.
     *
     * @return how many notices were written
     */
    @Transactional
    public int sendAll(List<Long> accountIds, NotificationKind kind, String messageKey, @Nullable String link) {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("A notification needs a message key");
        }
        if (accountIds.isEmpty()) {
            return 0;
        }
        String path = link == null ? null : link.replaceFirst("^/+", "");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.batchUpdate("INSERT INTO portal_notification (account_id, kind, message_key, link, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", accountIds, 1000, (ps, account) -> {
                    ps.setLong(1, account);
                    ps.setString(2, kind.name());
                    ps.setString(3, messageKey);
                    ps.setString(4, path);
                    ps.setObject(5, now);
                });
        dispatcher.dispatchAll(accountIds, kind);
        return accountIds.size();
    }

    /** The event form of {@link #send}: handled inside the publisher's transaction. */
    @EventListener
    void on(NotificationRequested request) {
        send(request.accountId(), request.kind(), request.messageKey(), request.link());
    }

    /** The signed-in person's newest notices. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NotificationView> myNotifications(int limit) {
        long me = currentUser.require().accountId();
        return notifications.findByAccountIdOrderByCreatedAtDescIdDesc(me, PageRequest.of(0, limit)).stream()
                .map(PortalNotification::toView).toList();
    }

    /** How many of the signed-in person's notices are unread (0 when nobody is signed in). */
    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return currentUser.get().map(u -> notifications.countByAccountIdAndReadAtIsNull(u.accountId())).orElse(0L);
    }

    /** Marks one of the signed-in person's own notices as read; returns its link. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public @Nullable String markRead(long notificationId) {
        long me = currentUser.require().accountId();
        PortalNotification n = notifications.findByIdAndAccountId(notificationId, me)
                .orElseThrow(() -> new AccessDeniedException("Not your notification"));
        n.markRead(clock.instant());
        return n.toView().link();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().accountId(), clock.instant());
    }
}
