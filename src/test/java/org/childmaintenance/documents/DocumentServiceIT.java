package org.childmaintenance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.childmaintenance.audit.AuditRecord;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.messages.MessageFixtures;
import org.childmaintenance.messages.MessagesTestRepresentation;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Each party's Documents: their own letters and statements, newest first; downloads checked and audited. */
@PortalTest
class DocumentServiceIT {
    @Autowired DocumentService documents;
    @Autowired DocumentDownloadController downloads;
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired MessageFixtures people;
    @Autowired MessagesTestRepresentation representation;
    @Autowired TestAccounts accounts;
    @Autowired AuditService audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long demoCase() {
        fx.signIn("parent@example.com");
        return cases.myCases().stream().filter(c -> c.reference().equals("121000000001")).findFirst().orElseThrow().id();
    }

    @Test
    void each_parent_sees_their_own_decision_letter_and_a_statement_newest_first() {
        long caseId = demoCase();
        List<DocumentService.DocumentItem> mine = documents.documents(caseId);
        assertThat(mine).extracting(DocumentService.DocumentItem::source).contains("letters", "statements");
        assertThat(mine).isSortedAccordingTo((a, b) -> b.date().compareTo(a.date()));
        List<String> myLetters = mine.stream().filter(d -> d.source().equals("letters")).map(DocumentService.DocumentItem::key).toList();

        fx.signIn("other.parent@example.com");
        List<String> theirLetters = documents.documents(caseId).stream().filter(d -> d.source().equals("letters"))
                .map(DocumentService.DocumentItem::key).toList();
        assertThat(theirLetters).isNotEmpty().doesNotContainAnyElementsOf(myLetters);
        assertThatThrownBy(() -> documents.open(caseId, "letters", myLetters.getFirst())).isInstanceOf(AccessDeniedException.class);
        assertThat(downloads.download(caseId, "letters", myLetters.getFirst()).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void a_download_is_a_pdf_attachment_and_is_audited() {
        long caseId = demoCase();
        DocumentService.DocumentItem letter = documents.documents(caseId).stream().filter(d -> d.source().equals("letters"))
                .findFirst().orElseThrow();
        ResponseEntity<byte[]> response = downloads.download(caseId, letter.source(), letter.key());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(response.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getCacheControl()).as("no copy kept by browsers or proxies").isEqualTo("no-store");
        assertThat(audit.myRecentActivity(5)).extracting(AuditRecord::action).contains("DOCUMENT_DOWNLOADED");

        ResponseEntity<byte[]> statement = downloads.download(caseId, "statements", "to-date");
        assertThat(statement.getStatusCode().value()).isEqualTo(200);
        assertThat(statement.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        // The statement just generated is listed as one of the person's documents.
        assertThat(documents.documents(caseId)).filteredOn(d -> d.source().equals("statements")).hasSizeGreaterThan(1);
    }

    @Test
    void outsiders_casework_and_representatives_without_view_scope_are_refused() {
        long caseId = demoCase();
        String outsider = fx.newParent("outsider");
        fx.signIn(outsider);
        assertThatThrownBy(() -> documents.documents(caseId)).isInstanceOf(AccessDeniedException.class);
        fx.signInCaseworker();
        assertThatThrownBy(() -> documents.documents(caseId)).isInstanceOf(AccessDeniedException.class);

        String rep = people.newAccount(AccountKind.REPRESENTATIVE, "docrep", null);
        long client = accounts.idOf("parent@example.com");
        representation.grant(accounts.idOf(rep), caseId, client, EnumSet.of(CaseAction.PAYMENTS));
        fx.signIn(rep);
        assertThatThrownBy(() -> documents.documents(caseId)).isInstanceOf(AccessDeniedException.class);
        representation.grant(accounts.idOf(rep), caseId, client, EnumSet.of(CaseAction.VIEW));
        assertThat(documents.documents(caseId)).extracting(DocumentService.DocumentItem::source).contains("letters");
        representation.withdraw(accounts.idOf(rep), caseId);
    }

    @Test
    void a_bad_source_or_key_is_refused() {
        long caseId = demoCase();
        assertThatThrownBy(() -> documents.open(caseId, "nope", "1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.open(caseId, "letters", "abc")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.open(caseId, "statements", "2026-05-01_2026-01-01")).isInstanceOf(AccessDeniedException.class);
    }
}
