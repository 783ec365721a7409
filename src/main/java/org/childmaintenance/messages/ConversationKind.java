package org.childmaintenance.messages;

/** Whose conversation with the service: one parent's side of a case, or an employer organisation. */
public enum ConversationKind {
    CASE, EMPLOYER
}
