package org.childmaintenance.documents;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Asking us to look again at a decision from its letter (LC-14.2), as an SPI: the disputes feature
 * implements it as a bean (documents must not call disputes, which already uses documents through
 * {@link DocumentSource}). Without one, decision letters are listed without their dates.
 */
public interface DecisionChallenges {
    /**
     * The case's decisions as the signed-in party (or their representative) may challenge them, by
     * decision id. Runs after {@link DocumentService} has checked they may view the case; refuses
     * whoever the disputes feature refuses (Spring's AccessDeniedException).
     */
    Map<Long, Challenge> challenges(long caseId);

    /** What the viewer may do about a decision. */
    enum Action {
        /** Ask us to look again (in or after the 30 days: a late request is taken, the journey asks why). */
        ASK,
        /** A reconsideration of it was asked for, or it was made by one: see what happens next. */
        NEXT_STEPS,
        /** Nothing here: they may not ask (a representative without that scope). */
        NONE
    }

    /**
     * A decision's date (when it was notified), the last day to ask for a reconsideration (that date + 30
     * days), whether that day has passed, and the viewer's action with where it leads ({@code href},
     * relative to the application's root; null for {@link Action#NONE}).
     */
    record Challenge(LocalDate decisionDate, LocalDate lastDayToAsk, boolean late, Action action,
                     @Nullable String href) {
    }
}
