package org.childmaintenance.legacy;

import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.documents.DocumentSource;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.legacy.LegacyViews.LetterInfo;
import org.childmaintenance.legacy.LegacyViews.ParentCase;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closure letters in the parent's Documents (documents feature SPI): an old-scheme case is none of
 * the parent's new-scheme cases, so its letters are the parent's own documents, each only for the
 * parent it was written to.
 */
@Component
class LegacyLetterDocuments implements DocumentSource {
    private final LegacyCases legacyCases;
    private final LegacyCaseRepository cases;
    private final LegacyPartyRepository parties;
    private final LegacyLetterRepository letters;
    private final CurrentUser currentUser;
    private final AccessService access;
    private final java.time.Clock clock;

    LegacyLetterDocuments(LegacyCases legacyCases, LegacyCaseRepository cases, LegacyPartyRepository parties,
                          LegacyLetterRepository letters, CurrentUser currentUser, AccessService access,
                          java.time.Clock clock) {
        this.clock = clock;
        this.legacyCases = legacyCases;
        this.cases = cases;
        this.parties = parties;
        this.letters = letters;
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    public String name() {
        return "old-scheme";
    }

    /** None: old-scheme letters belong to no new-scheme case. */
    @Override
    public List<Entry> documents(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return List.of();
    }

    @Override
    public File open(long caseId, String key) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        throw new AccessDeniedException("No such document");
    }

    @Override
    public List<Entry> personalDocuments() {
        List<Entry> out = new ArrayList<>();
        for (ParentCase c : legacyCases.mine()) {
            for (LetterInfo l : c.letters()) {
                out.add(new Entry(Long.toString(l.id()), org.childmaintenance.base.Texts.t("legacy.documents.title",
                        LegacyLetters.title(l.kind()), c.legacyReference()),
                        l.letterDate().atStartOfDay(clock.getZone()).toInstant(), "application/pdf"));
            }
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public File openPersonal(String key) {
        long me = currentUser.require().accountId();
        long id;
        try {
            id = Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new AccessDeniedException("No such letter");
        }
        LegacyLetter l = letters.findById(id).orElseThrow(() -> new AccessDeniedException("No such letter"));
        LegacyParty to = parties.findById(l.partyId).orElseThrow();
        if (to.accountId == null || to.accountId != me) {
            throw new AccessDeniedException("Not your letter");
        }
        LegacyCase c = cases.findById(l.legacyCaseId).orElseThrow();
        return new File(LegacyLetters.fileName(c.legacyReference, l.kind, l.letterDate), "application/pdf",
                LegacyLetters.pdf(c, to, l));
    }
}
