package org.childmaintenance.messages;

/**
 * Published after commit-time listeners may pick it up: a message from the service arrived for this
 * account in this conversation. Carries ids only, never text (LC-17.6: nothing sensitive in mail).
 */
public record MessageReceived(long accountId, long conversationId) {
}
