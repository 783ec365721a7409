package org.childmaintenance.messages;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UploadedFiles;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.messages.MessageViews.NewAttachment;
import org.childmaintenance.support.TestAccounts;
import org.springframework.stereotype.Component;

/** Files and people for message tests. */
@Component
public class MessageFixtures {
    private final CaseFixtures cases;
    private final IdentityService identity;

    MessageFixtures(CaseFixtures cases, IdentityService identity) {
        this.cases = cases;
        this.identity = identity;
    }

    /** A case whose two parents are linked (both new accounts). */
    public CaseFixtures.Linked linkedCase() {
        return cases.linkedCase(List.of(CaseFixtures.kid("Mo", LocalDate.now().minusYears(7))), ServiceType.DIRECT_PAY);
    }

    public String newAccount(AccountKind kind, String prefix, String organisation) {
        String email = TestAccounts.uniqueEmail(prefix);
        identity.provisionAccount(kind, email, prefix + " Person", CaseFixtures.PASSWORD, organisation,
                kind == AccountKind.EMPLOYER_USER ? EmployerRole.PAYROLL : null);
        return email;
    }

    public static NewAttachment pdf(String name) {
        return new NewAttachment(name, MessagesDemoData.samplePdf());
    }

    public static NewAttachment png(String name) {
        byte[] b = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return new NewAttachment(name, b);
    }

    public static NewAttachment htmlPretendingToBePdf() {
        return new NewAttachment("statement.pdf",
                "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8));
    }

    public static NewAttachment oversizePdf() {
        byte[] b = new byte[(int) UploadedFiles.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 8);
        return new NewAttachment("big.pdf", b);
    }
}
