package org.childmaintenance.legacy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The small vocabularies of an old-scheme case's closure. */
public final class LegacyTypes {
    private LegacyTypes() {
    }

    /** The scheme the case was run under by the Child Support Agency. */
    public enum Scheme { S1993, S2003 }

    /** How maintenance was being paid on the old scheme. */
    public enum CollectionMethod {
        /** The agency collected from the paying parent and passed it on. */
        COLLECTION,
        /** Paid between the parents ("maintenance direct"). */
        DIRECT,
        /** Nothing is being paid. */
        NONE
    }

    /**
     * The closure segments, in the order cases were closed: nil assessments first, then cases with no
     * payments, clerical cases, paying cases, and cases with enforcement (such as a deduction from
     * earnings order) last.
     */
    public enum Segment {
        NIL_ASSESSMENT, NO_PAYMENTS, CLERICAL, PAYING, ENFORCEMENT;

        /**
         * The segment a case belongs to: enforcement in place always goes last (it needs the most
         * care); otherwise the earliest segment the case qualifies for.
         */
        public static Segment of(BigDecimal weeklyAmount, CollectionMethod method, boolean clerical, boolean enforcement) {
            if (enforcement) {
                return ENFORCEMENT;
            }
            if (weeklyAmount.signum() == 0) {
                return NIL_ASSESSMENT;
            }
            if (method == CollectionMethod.NONE) {
                return NO_PAYMENTS;
            }
            return clerical ? CLERICAL : PAYING;
        }
    }

    /** Where a case is in its closure. */
    public enum Stage { END_DATE_NEEDED, NOTICE_DUE, NOTICE_SENT, REMINDER_SENT, ENDED }

    /** The three closure letters and the day each is sent for a liability end date. */
    public enum LetterKind {
        /** At least 6 months before the liability end date. */
        NOTICE,
        /** About 1 month before it. */
        REMINDER,
        /** The day after it: the case has ended. */
        ENDED;

        public LocalDate sendOn(LocalDate liabilityEndDate) {
            return switch (this) {
                case NOTICE -> liabilityEndDate.minusMonths(6);
                case REMINDER -> liabilityEndDate.minusMonths(1);
                case ENDED -> liabilityEndDate.plusDays(1);
            };
        }

        /** The stage a case is in once this letter went to its parents. */
        public Stage stageAfter() {
            return switch (this) {
                case NOTICE -> Stage.NOTICE_SENT;
                case REMINDER -> Stage.REMINDER_SENT;
                case ENDED -> Stage.ENDED;
            };
        }
    }

    /** How a parent was told about a letter. */
    public enum Delivery {
        /** A notice in their portal account (and the "there is news" e-mail they chose). */
        PORTAL,
        /** An e-mail to the address the old scheme had (no account yet). */
        EMAIL,
        /** Neither: casework prints and posts it. */
        POST
    }

    /** Which side of the case a parent was on. */
    public enum Role { PAYING, RECEIVING }

    /** What a parent said they will do once the old case ends. */
    public enum NextStep { FAMILY_ARRANGEMENT, APPLY, NO_ARRANGEMENT }
}
