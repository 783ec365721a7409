package org.childmaintenance.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Legal authority: evidence checked by content, a caseworker grants full scope until an end date, or records an appointee. */
@PortalTest
class LegalAuthorityIT {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    @Autowired RepsFixture fx;
    @Autowired LegalAuthorityService legal;
    @Autowired AccessService access;
    @Autowired CaseService cases;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void files_are_checked_by_their_content_not_their_name_the_same_way_as_every_upload() {
        RepsFixture.Setup s = fx.active(RepresentationScope.REPORT, null);
        assertThatThrownBy(() -> legal.uploadEvidence(s.representationId(), "order.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new UserFacingException.FieldError("attachment", "attachment.error.type")));
        assertThatThrownBy(() -> legal.uploadEvidence(s.representationId(), "empty.pdf", new byte[0]))
                .isInstanceOf(UserFacingException.class).hasMessage("reps.error.file.missing");
        byte[] big = new byte[(int) org.childmaintenance.base.UploadedFiles.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> legal.uploadEvidence(s.representationId(), "big.pdf", big))
                .isInstanceOf(UserFacingException.class).hasMessage("attachment.error.size");
        assertThat(legal.uploadEvidence(s.representationId(), "scan.png", PNG)).isPositive();
        assertThat(legal.uploadEvidence(s.representationId(), "photo", JPEG)).isPositive();

        RepsFixture.Setup other = fx.active(RepresentationScope.FULL, null);
        assertThatThrownBy(() -> legal.uploadEvidence(s.representationId(), "order.pdf", PDF))
                .as("another representative").isInstanceOf(AccessDeniedException.class);
        assertThat(other.caseId()).isNotEqualTo(s.caseId());
    }

    @Test
    void a_caseworker_grants_full_scope_until_an_end_date() {
        RepsFixture.Setup s = fx.active(RepresentationScope.REPORT, null);
        assertThat(access.mayActOnCase(s.caseId(), CaseAction.MANAGE)).isFalse();
        long evidenceId = legal.uploadEvidence(s.representationId(), "order.pdf", PDF);

        fx.signIn("caseworker@example.com");
        assertThat(legal.pendingEvidence()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(evidenceId);
            assertThat(p.representativeName()).isEqualTo(s.repName());
        });
        assertThat(legal.evidenceFile(evidenceId).contentType()).isEqualTo("application/pdf");
        assertThat(legal.evidenceFile(evidenceId).content()).as("kept by the attachment store, read back checked")
                .isEqualTo(PDF);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM representation_evidence WHERE id = ? AND content IS NULL"
                + " AND file_key IS NOT NULL", Long.class, evidenceId)).as("no bytes in the database").isEqualTo(1);
        assertThatThrownBy(() -> legal.grant(evidenceId, null)).isInstanceOf(UserFacingException.class)
                .hasMessage("reps.error.endsOn.missing");
        LocalDate until = LocalDate.now().plusYears(2);
        legal.grant(evidenceId, until);
        assertThatThrownBy(() -> legal.grant(evidenceId, until)).hasMessage("reps.error.evidence.decided");

        fx.signIn(s.repEmail());
        assertThat(access.mayActOnCase(s.caseId(), CaseAction.MANAGE)).isTrue();
        assertThat(cases.changesICanReport(s.caseId())).contains(ChangeKind.BANK);
        fx.signIn(s.parentEmail());
        assertThat(cases.myCase(s.caseId()).timeline()).anySatisfy(t ->
                assertThat(t.message()).startsWith(s.repName() + " can now act for you with legal authority"));
    }

    @Test
    void casework_records_an_appointee_directly_but_never_the_other_parent_and_parents_cannot() {
        RepsFixture.Setup s = fx.decidedCaseAndRep();
        fx.signIn(s.parentEmail());
        String reference = cases.myCase(s.caseId()).reference();
        assertThatThrownBy(() -> legal.recordAppointee(reference, s.parentEmail(), s.repEmail(), LocalDate.now().plusYears(1)))
                .isInstanceOf(AccessDeniedException.class);

        fx.signIn("caseworker@example.com");
        assertThatThrownBy(() -> legal.recordAppointee(reference, s.parentEmail(), s.otherParentEmail(),
                LocalDate.now().plusYears(1))).isInstanceOf(UserFacingException.class).hasMessage("reps.error.rep.unknown");
        assertThatThrownBy(() -> legal.recordAppointee("999", s.parentEmail(), s.repEmail(), LocalDate.now().plusYears(1)))
                .hasMessage("reps.error.case.unknown");
        legal.recordAppointee(reference, s.parentEmail(), s.repEmail(), LocalDate.now().plusYears(1));

        fx.signIn(s.repEmail());
        assertThat(access.mayActOnCase(s.caseId(), CaseAction.MANAGE)).isTrue();
    }
}
