package org.childmaintenance.messages;

/** What a conversation is about, chosen from a short list (text key {@code messages.subject.<NAME>}). */
public enum Subject {
    PAYMENTS, MY_DETAILS, CALCULATION, OTHER
}
