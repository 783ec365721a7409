/**
 * Secure messages between one side and the Child Maintenance Service: a parent (or their
 * representative) about their side of a case, or an employer organisation about an order.
 * {@link org.childmaintenance.messages.MessageService} is the public face for the customer side,
 * {@link org.childmaintenance.messages.CaseworkMessages} for casework, and
 * {@link org.childmaintenance.messages.AttachmentStore} keeps uploaded files for any feature.
 * Listen to {@link org.childmaintenance.messages.MessageReceived} to tell someone a message arrived.
 */
@NullMarked
package org.childmaintenance.messages;

import org.jspecify.annotations.NullMarked;
