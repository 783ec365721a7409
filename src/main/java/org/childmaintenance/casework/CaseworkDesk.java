package org.childmaintenance.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Masking;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.WorkQueue;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.cases.CaseworkLookup.Found;
import org.childmaintenance.cases.FlaggedRecordViews;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.CaseworkOrder;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The casework desk: every feature's queue with its count and the age of its oldest item (oldest
 * first), finding a case, and internal case notes. Every view and action is audited.
 */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class CaseworkDesk {
    /** A queue line on the desk. {@code oldest} is null when the queue is empty. */
    public record QueueLine(String key, String titleKey, String link, long count, @Nullable Instant oldest,
                            boolean assignable) {
    }

    /** A note as casework reads it. */
    public record NoteView(long id, String author, String body, Instant at) {
    }

    static final int MAX_NOTE = 4000;

    private final List<WorkQueue> queues;
    private final CaseworkLookup lookup;
    private final DeductionOrderService orders;
    private final CaseNoteRepository notes;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final FlaggedRecordViews flaggedViews;
    private final Clock clock;

    CaseworkDesk(List<WorkQueue> queues, CaseworkLookup lookup, DeductionOrderService orders, CaseNoteRepository notes,
                 CurrentUser currentUser, AuditService audit, FlaggedRecordViews flaggedViews, Clock clock) {
        this.queues = queues;
        this.lookup = lookup;
        this.orders = orders;
        this.notes = notes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.flaggedViews = flaggedViews;
        this.clock = clock;
    }

    /** Every queue, the one whose oldest item has waited longest first; empty queues last. */
    public List<QueueLine> queues() {
        audit.record("CASEWORK_DESK_VIEWED", "casework", "desk", null);
        return queues.stream().map(q -> {
            WorkQueue.Snapshot s = q.snapshot();
            return new QueueLine(q.key(), q.titleKey(), q.link(), s.count(), s.oldest(), q.assignable());
        }).sorted(Comparator.comparing(QueueLine::oldest, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(QueueLine::key)).toList();
    }

    /** Cases by reference, a parent's name, e-mail or NI number, or an employer's name. */
    public List<Found> find(@Nullable String term) {
        String t = term == null ? "" : term.strip();
        if (t.length() < 2) {
            throw UserFacingException.onField("term", "desk.error.term");
        }
        if (t.length() > 100) {
            throw UserFacingException.onField("term", "desk.error.termTooLong");
        }
        Map<Long, Found> found = new LinkedHashMap<>();
        lookup.search(t).forEach(f -> found.put(f.caseId(), f));
        String lower = t.toLowerCase(Locale.UK);
        List<String> byEmployer = orders.allOrders().stream()
                .filter(o -> o.organisationName() != null && o.organisationName().toLowerCase(Locale.UK).contains(lower))
                .map(CaseworkOrder::caseReference).distinct().toList();
        lookup.byReferences(byEmployer).forEach(f -> found.putIfAbsent(f.caseId(), f));
        // the words may be a name, an e-mail or an NI number: the audit keeps them masked
        audit.record("CASEWORK_CASE_SEARCH", "casework", "search", Masking.searchWords(t) + " → " + found.size());
        return List.copyOf(found.values());
    }

    /** The case's internal notes, newest first; reading those of a safety-flagged person's case is audited (LC-17.6). */
    @Transactional
    public List<NoteView> notes(long caseId) {
        List<NoteView> out = notes.findByCaseIdOrderByCreatedAtDescIdDesc(caseId).stream()
                .map(n -> new NoteView(n.id(), n.authorName(), n.body(), n.createdAt())).toList();
        flaggedViews.viewed(caseId, "the case notes");
        return out;
    }

    /** Adds an internal note (timestamped, signed by the caseworker, never shown to parents). */
    @Transactional
    public void addNote(long caseId, @Nullable String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw UserFacingException.onField("note", "desk.error.noteEmpty");
        }
        if (text.length() > MAX_NOTE) {
            throw UserFacingException.onField("note", "desk.error.noteTooLong");
        }
        if (!lookup.exists(caseId)) {
            throw new UserFacingException("desk.error.noCase");
        }
        PortalUser me = currentUser.require();
        CaseNote n = notes.save(new CaseNote(caseId, me.accountId(), me.fullName(), text, clock.instant()));
        audit.record("CASEWORK_NOTE_ADDED", "case", Long.toString(caseId), "note " + n.id());
    }
}
