/**
 * Talking to a person (issue 16): "Talk to someone" from the options journey, the estimate and the
 * arrangement builder — a phone call-back or a face-to-face appointment at a partner centre — and partner
 * centres' own accounts (refer a parent with consent, publish appointment slots, follow their referrals).
 * Every request lands in casework's Options queue ({@code base.WorkQueue}). Other features use
 * {@link org.childmaintenance.outreach.HelpRequests}, {@link org.childmaintenance.outreach.OptionsQueue} and
 * {@link org.childmaintenance.outreach.PartnerCentres}; nothing here reads or reveals a parent's case.
 */
@org.jspecify.annotations.NullMarked
package org.childmaintenance.outreach;
