package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class AccessServiceTest {
    static final long CASE_7 = 7;
    final PortalUser parent = new PortalUser(1, "p@example.com", "Parent", AccountKind.PARENT, null, null);
    final PortalUser rep = new PortalUser(2, "r@example.com", "Rep", AccountKind.REPRESENTATIVE, null, null);
    final PortalUser stranger = new PortalUser(3, "s@example.com", "Stranger", AccountKind.PARENT, null, null);
    final PortalUser caseworker = new PortalUser(4, "c@example.com", "Case", AccountKind.CASEWORKER, null, null);

    final CaseParticipationProvider provider = (accountId, caseId) -> {
        if (caseId != CASE_7) {
            return Optional.empty();
        }
        if (accountId == 1) {
            return Optional.of(CaseParticipation.party(Set.of(CaseAction.values())));
        }
        if (accountId == 2) {
            return Optional.of(CaseParticipation.representative(Set.of(CaseAction.VIEW), 1));
        }
        return Optional.empty();
    };
    final AccessService access = new AccessService(new CurrentUser(), List.of(provider));

    private void as(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_parent_may_act_on_their_own_case_only() {
        as(parent);
        assertThat(access.mayActOnCase(CASE_7, CaseAction.REPORT_CHANGE)).isTrue();
        assertThat(access.mayActOnCase(8, CaseAction.VIEW)).isFalse();
    }

    @Test
    void a_representative_acts_within_scope_and_on_behalf_of_the_parent() {
        as(rep);
        AccessService.Decision d = access.requireCaseAccess(CASE_7, CaseAction.VIEW);
        assertThat(d.onBehalfOf()).isEqualTo(1L);
        assertThatThrownBy(() -> access.requireCaseAccess(CASE_7, CaseAction.PAYMENTS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void strangers_and_anonymous_are_refused_caseworkers_are_not() {
        as(stranger);
        assertThat(access.mayActOnCase(CASE_7, CaseAction.VIEW)).isFalse();
        SecurityContextHolder.clearContext();
        assertThat(access.mayActOnCase(CASE_7, CaseAction.VIEW)).isFalse();
        as(caseworker);
        assertThat(access.requireCaseAccess(CASE_7, CaseAction.MANAGE).asCaseworker()).isTrue();
    }
}
