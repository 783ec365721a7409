package org.childmaintenance.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.childmaintenance.base.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.childmaintenance.base.DisplayFormats;

/**
 * Who is on a case, for features that act around it (representation): a party's name and the
 * case reference, whether a person is a party, and a note on the party's own timeline. No access
 * check here: callers have checked with AccessService already.
 */
@Service
public class CaseMembership {
    private final CaseRepository cases;
    private final PartyRepository parties;
    private final TimelineRepository timeline;
    private final java.time.Clock clock;

    CaseMembership(CaseRepository cases, PartyRepository parties, TimelineRepository timeline, java.time.Clock clock) {
        this.cases = cases;
        this.parties = parties;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The party an account is on a case, with the case reference; empty when it is not a party. */
    public record PartyOnCase(long caseId, String caseReference, String partyName, @Nullable String nextDeadline) {
    }

    @Transactional(readOnly = true)
    public Optional<PartyOnCase> partyOf(long caseId, long accountId) {
        return parties.findByCaseIdAndAccountId(caseId, accountId).flatMap(p -> cases.findById(caseId)
                .map(c -> new PartyOnCase(caseId, c.reference(), p.fullName(), deadline(c, p))));
    }

    /** Every case the account is a party to (for demo data and lists; no access check). */
    @Transactional(readOnly = true)
    public java.util.List<PartyOnCase> casesOf(long accountId) {
        return parties.findByAccountId(accountId).stream().flatMap(p -> cases.findById(p.caseId())
                .map(c -> new PartyOnCase(c.id(), c.reference(), p.fullName(), deadline(c, p))).stream()).toList();
    }

    /** Whether the account, or anyone on the case with this e-mail address, is a party to the case. */
    @Transactional(readOnly = true)
    public boolean isParty(long caseId, @Nullable Long accountId, @Nullable String email) {
        String wanted = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        return parties.findByCaseId(caseId).stream().anyMatch(p ->
                accountId != null && accountId.equals(p.accountId())
                        || wanted != null && p.email() != null && wanted.equals(p.email().trim().toLowerCase(Locale.ROOT)));
    }

    /** Adds a line to one party's case timeline (e.g. "Jordan Lee can now manage your case"), made in each language. */
    @Transactional
    public void noteForParty(long caseId, long accountId, Supplier<String> message) {
        parties.findByCaseIdAndAccountId(caseId, accountId).ifPresent(p ->
                timeline.save(new TimelineEntry(caseId, p.role().name(), clock.instant(), message)));
    }

    private static @Nullable String deadline(MaintenanceCase c, Party p) {
        if (p.role() == PartyRole.PAYING && c.detailsDueDate() != null && c.status() != CaseStatus.ACTIVE
                && c.status() != CaseStatus.CLOSED) {
            return Texts.t("reps.attention.detailsDue", DisplayFormats.date(c.detailsDueDate()));
        }
        return null;
    }
}
