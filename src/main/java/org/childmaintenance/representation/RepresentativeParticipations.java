package org.childmaintenance.representation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.base.Texts;
import org.childmaintenance.identity.ActingForProvider;
import org.childmaintenance.identity.CaseParticipation;
import org.childmaintenance.identity.CaseParticipationProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A representative takes part in a case only while a confirmed nomination is in force (not
 * withdrawn, end date not passed), within its scope and for its parent. Read on every access
 * check, so a withdrawal or an end date takes effect on the very next call.
 */
@Component
class RepresentativeParticipations implements CaseParticipationProvider, ActingForProvider {
    private final RepresentationRepository repository;
    private final Clock clock;

    RepresentativeParticipations(RepresentationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseParticipation> participationOf(long accountId, long caseId) {
        return inForce(accountId, caseId)
                .map(r -> CaseParticipation.representative(r.scope().actions(), r.parentAccountId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> describe(long accountId, long caseId) {
        return inForce(accountId, caseId).map(r -> Texts.t("reps.banner", r.parentName(),
                Texts.t("reps.scope.short." + r.scope().name())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> casesActedOn(long accountId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        return repository.findByRepresentativeAccountIdAndStatusInOrderByInvitedAtDesc(accountId,
                        EnumSet.of(RepresentationStatus.ACTIVE)).stream()
                .filter(r -> r.inForceOn(today)).map(Representation::caseId).distinct().toList();
    }

    private Optional<Representation> inForce(long accountId, long caseId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        return repository.findByRepresentativeAccountIdAndCaseIdAndStatus(accountId, caseId, RepresentationStatus.ACTIVE)
                .stream().filter(r -> r.inForceOn(today)).findFirst();
    }
}
