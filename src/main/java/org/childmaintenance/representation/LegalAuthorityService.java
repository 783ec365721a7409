package org.childmaintenance.representation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UploadedFiles;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseMembership;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.messages.AttachmentStore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal authority (LC-16.1): a representative sends evidence of a power of attorney or deputyship
 * (PDF, JPEG or PNG, checked by content and kept by messages.AttachmentStore, as every upload is); a
 * caseworker checks it and grants full scope until an end date, or refuses. Casework can also record
 * a legal appointee directly.
 */
@Service
public class LegalAuthorityService {
    private final LegalAuthorityEvidenceRepository evidence;
    private final RepresentationRepository representations;
    private final CaseMembership membership;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final AttachmentStore files;
    private final AuditService audit;
    private final Clock clock;

    LegalAuthorityService(LegalAuthorityEvidenceRepository evidence, RepresentationRepository representations,
                          CaseMembership membership, IdentityService identity, CurrentUser currentUser,
                          AttachmentStore files, AuditService audit, Clock clock) {
        this.files = files;
        this.evidence = evidence;
        this.representations = representations;
        this.membership = membership;
        this.identity = identity;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file waiting in the caseworker's queue. */
    public record PendingEvidence(long id, String caseReference, String parentName, String representativeName,
                                  String fileName, Instant uploadedAt) {
    }

    /** An evidence file to download. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    /** The representative sends evidence for a nomination they have accepted. Returns the evidence id. */
    @Transactional
    @PreAuthorize("hasRole('REPRESENTATIVE')")
    public long uploadEvidence(long representationId, @Nullable String fileName, byte @Nullable [] content) {
        PortalUser me = currentUser.require();
        Representation r = representations.findById(representationId)
                .filter(x -> Long.valueOf(me.accountId()).equals(x.representativeAccountId()))
                .filter(x -> x.status() == RepresentationStatus.ACCEPTED || x.status() == RepresentationStatus.ACTIVE)
                .orElseThrow(() -> new AccessDeniedException("Not a client of this representative"));
        if (content == null || content.length == 0) {
            throw UserFacingException.onField(UploadedFiles.FIELD, "reps.error.file.missing");
        }
        AttachmentStore.StoredFile f = files.store(content); // checks it as every upload is checked (UploadedFiles)
        String type = f.type().contentType();
        LegalAuthorityEvidence e = evidence.save(new LegalAuthorityEvidence(r.id(),
                UploadedFiles.safeName(fileName == null ? "evidence" : fileName, f.type()), type, f.key(), f.sha256(),
                f.size(), clock.instant(), me.accountId()));
        audit.recordOnBehalf("LEGAL_AUTHORITY_EVIDENCE_SENT", r.parentAccountId(), "case", Long.toString(r.caseId()),
                "evidence " + e.id() + " " + type);
        return e.id();
    }

    /** The caseworker's queue of evidence to check, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<PendingEvidence> pendingEvidence() {
        return evidence.findByStatusOrderByUploadedAtAsc(LegalAuthorityEvidence.Status.PENDING).stream().map(e -> {
            Representation r = representations.findById(e.representationId()).orElseThrow();
            return new PendingEvidence(e.id(), r.caseReference(), r.parentName(), r.nomineeName(), e.fileName(),
                    e.uploadedAt());
        }).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public EvidenceFile evidenceFile(long evidenceId) {
        LegalAuthorityEvidence e = evidence.findById(evidenceId).orElseThrow();
        audit.record("LEGAL_AUTHORITY_EVIDENCE_VIEWED", "representation", Long.toString(e.representationId()),
                "evidence " + evidenceId);
        byte[] bytes = e.fileKey() != null ? files.read(e.fileKey(), e.sha256()) : e.legacyContent();
        return new EvidenceFile(e.fileName(), e.contentType(), bytes == null ? new byte[0] : bytes);
    }

    /** The caseworker accepts the evidence: full scope (legal authority) until {@code endsOn}. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void grant(long evidenceId, @Nullable LocalDate endsOn) {
        requireFuture(endsOn);
        LegalAuthorityEvidence e = pending(evidenceId);
        Representation r = representations.findById(e.representationId()).orElseThrow();
        if (r.status() == RepresentationStatus.WITHDRAWN) {
            throw new UserFacingException("reps.error.alreadyWithdrawn");
        }
        e.decide(LegalAuthorityEvidence.Status.GRANTED, currentUser.require().accountId(), clock.instant());
        r.grantLegalAuthority(endsOn, clock.instant());
        membership.noteForParty(r.caseId(), r.parentAccountId(),
                () -> org.childmaintenance.base.Texts.t("reps.timeline.legal", r.nomineeName(), RepresentationService.format(endsOn)));
        audit.record("LEGAL_AUTHORITY_GRANTED", "case", Long.toString(r.caseId()), "representation " + r.id() + " until " + endsOn);
    }

    /** The caseworker refuses the evidence; the nomination keeps its ordinary scope. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void refuse(long evidenceId) {
        LegalAuthorityEvidence e = pending(evidenceId);
        e.decide(LegalAuthorityEvidence.Status.REFUSED, currentUser.require().accountId(), clock.instant());
        audit.record("LEGAL_AUTHORITY_REFUSED", "representation", Long.toString(e.representationId()), "evidence " + evidenceId);
    }

    /**
     * Casework records a legal appointee directly (an attorney or deputy who has shown the order
     * by other means): the representative must have a representative account and not be a party.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long recordAppointee(String caseReference, String parentEmail, String representativeEmail,
                                @Nullable LocalDate endsOn) {
        requireFuture(endsOn);
        long parent = identity.findAccountId(clean(parentEmail))
                .orElseThrow(() -> UserFacingException.onField("parentEmail", "reps.error.parent.unknown"));
        CaseMembership.PartyOnCase party = membership.casesOf(parent).stream()
                .filter(c -> c.caseReference().equals(caseReference == null ? "" : caseReference.trim())).findFirst()
                .orElseThrow(() -> UserFacingException.onField("caseReference", "reps.error.case.unknown"));
        PortalUser rep = identity.findUser(clean(representativeEmail)).filter(u -> u.kind() == AccountKind.REPRESENTATIVE)
                .orElseThrow(() -> UserFacingException.onField("representativeEmail", "reps.error.rep.unknown"));
        if (membership.isParty(party.caseId(), rep.accountId(), rep.email())) {
            throw UserFacingException.onField("representativeEmail", "reps.error.email.party");
        }
        Instant now = clock.instant();
        Representation r = new Representation(party.caseId(), party.caseReference(), parent, party.partyName(),
                rep.fullName(), rep.email(), RepresentationScope.LEGAL_AUTHORITY, endsOn,
                RepresentationService.hash(UUID.randomUUID().toString()), now, now);
        r.accept(rep.accountId(), now);
        r.grantLegalAuthority(endsOn, now);
        representations.save(r);
        membership.noteForParty(party.caseId(), parent,
                () -> org.childmaintenance.base.Texts.t("reps.timeline.legal", rep.fullName(), RepresentationService.format(endsOn)));
        audit.record("LEGAL_APPOINTEE_RECORDED", "case", Long.toString(party.caseId()), "representation " + r.id());
        return r.id();
    }

    /** A representative on a case as casework sees it on the case page (issue 15). */
    public record CaseRepresentative(String name, String parentName, RepresentationScope scope, RepresentationStatus status,
                                     @Nullable LocalDate endsOn) {
    }

    /** Everyone nominated on the case (invited, accepted, active or withdrawn), newest first, for the case page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<CaseRepresentative> ofCase(long caseId) {
        return representations.findByCaseIdAndStatusIn(caseId, java.util.EnumSet.allOf(RepresentationStatus.class)).stream()
                .sorted(java.util.Comparator.comparing(Representation::invitedAt).reversed())
                .map(r -> new CaseRepresentative(r.nomineeName(), r.parentName(), r.scope(), r.status(), r.endsOn()))
                .toList();
    }

    private LegalAuthorityEvidence pending(long evidenceId) {
        return evidence.findById(evidenceId).filter(e -> e.status() == LegalAuthorityEvidence.Status.PENDING)
                .orElseThrow(() -> new UserFacingException("reps.error.evidence.decided"));
    }

    private void requireFuture(@Nullable LocalDate endsOn) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        if (endsOn == null) {
            throw UserFacingException.onField("endsOn", "reps.error.endsOn.missing");
        }
        if (!endsOn.isAfter(today)) {
            throw UserFacingException.onField("endsOn", "reps.error.endsOn.past");
        }
    }

    private static String clean(@Nullable String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
