package org.childmaintenance.cases;

import java.util.List;

/**
 * Published (inside the changing transaction) when there is a new message on a case's timeline for
 * people with an account that no other event already announces (a decision's is announced by
 * {@link ScheduleChanged}). Carries no text: notices say only that there is news.
 */
public record CaseNews(long caseId, List<Long> accountIds) {
}
