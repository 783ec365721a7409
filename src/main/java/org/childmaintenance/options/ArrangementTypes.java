package org.childmaintenance.options;

/** Holder for the small enums of family-based arrangements (kept together so the package stays readable). */
public final class ArrangementTypes {
    private ArrangementTypes() {
    }

    /** DRAFT while the builder is used; AGREED once its author agreed it; CONFIRMED when the other parent did too. */
    public enum Status { DRAFT, AGREED, CONFIRMED }

    /** How often maintenance is paid. */
    public enum Frequency { WEEKLY, FORTNIGHTLY, FOUR_WEEKLY, MONTHLY }

    /** How maintenance is paid. */
    public enum PaymentMethod { BANK_TRANSFER, STANDING_ORDER, CASH, OTHER }

    /** Who pays for an extra (school trips, clothes, activities). */
    public enum ExtrasPayer { PAYING_PARENT, RECEIVING_PARENT, SHARED_EQUALLY, DECIDE_EACH_TIME }

    /** A tracked payment: recorded by the paying parent, then answered by the receiving parent. */
    public enum PaymentStatus { RECORDED, CONFIRMED, NOT_RECEIVED }
}
