package org.childmaintenance.notices;

import org.jspecify.annotations.Nullable;

/**
 * Publish this (inside your transaction) to tell a person something happened; the same as calling
 * {@link Notify#send}. {@code messageKey} is a translation key for the in-portal text (no names,
 * amounts or reasons are needed: the page it links to shows the detail); {@code link} is a portal
 * path such as {@code "messages/42"}, or null.
 */
public record NotificationRequested(long accountId, NotificationKind kind, String messageKey, @Nullable String link) {
}
