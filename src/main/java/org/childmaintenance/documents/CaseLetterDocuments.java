package org.childmaintenance.documents;

import java.util.List;
import org.childmaintenance.cases.CaseService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Decision letters and other case documents addressed to the party, through the case feature's own rules. */
@Component
class CaseLetterDocuments implements DocumentSource {
    private final CaseService cases;

    CaseLetterDocuments(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public String name() {
        return "letters";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> documents(long caseId) {
        return cases.myCase(caseId).documents().stream()
                .map(d -> new Entry(Long.toString(d.id()), d.title(), d.createdAt(), "application/pdf", d.decisionId()))
                .toList();
    }

    @Override
    @Transactional
    public File open(long caseId, String key) {
        long id;
        try {
            id = Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new AccessDeniedException("No such letter");
        }
        return new File("letter-" + id + ".pdf", "application/pdf", cases.documentPdf(caseId, id));
    }
}
