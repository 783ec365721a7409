package org.childmaintenance.options;

/**
 * Answers to the options questions, any of which may still be missing (null). The safety answer is
 * not part of it on purpose: it is asked only to signpost and is never stored or passed on.
 *
 * @param youWorkForUkEmployer only asked when you live outside the UK (civil or diplomatic service,
 *     armed forces, a UK-based company, the NHS or a council)
 * @param otherParentWorksForUkEmployer only asked when the other parent does not live in the UK
 */
public record EligibilityAnswers(WhereYouLive whereYouLive, Answer youWorkForUkEmployer, Answer otherParentInUk,
                                 Answer otherParentWorksForUkEmployer, ParentRole role,
                                 Answer courtOrderInLast12Months, Answer childrenEligible) {
}
