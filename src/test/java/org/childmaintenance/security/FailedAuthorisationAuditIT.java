package org.childmaintenance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.casework.CaseworkDesk;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed authorisations are in the audit trail (ASVS 16.3.2): a person refused another's case, a parent refused
 * a casework function, someone not signed in; once per refusal, with who and which ids, and written even when the
 * refused call ran inside a transaction that had already appended to the audit chain.
 */
@PortalTest
class FailedAuthorisationAuditIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired CaseworkDesk desk;
    @Autowired AuditService audit;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CaseFixtures.Linked someonesCase() {
        return fx.linkedCase(List.of(CaseFixtures.kid("Refused", LocalDate.now().minusYears(5))), ServiceType.DIRECT_PAY);
    }

    private List<Map<String, Object>> refusalsOfCase(long caseId) {
        return jdbc.queryForList("select actor_account_id, actor_label, subject_type, subject_id, detail from audit_entry"
                + " where action = 'ACCESS_DENIED' and subject_type = 'case' and subject_id = ?", Long.toString(caseId));
    }

    @Test
    void a_stranger_refused_another_persons_case_is_audited_once_with_who_and_the_case() {
        CaseFixtures.Linked c = someonesCase();
        String stranger = fx.newParent("stranger");
        fx.signIn(stranger);
        assertThatThrownBy(() -> cases.myCase(c.caseId())).isInstanceOf(AccessDeniedException.class);

        List<Map<String, Object>> refusals = refusalsOfCase(c.caseId());
        assertThat(refusals).as("one entry, though the refusal passed through two services").hasSize(1);
        assertThat(((Number) refusals.getFirst().get("actor_account_id")).longValue()).isEqualTo(accounts.idOf(stranger));
        assertThat(refusals.getFirst().get("actor_label")).isEqualTo(stranger.toLowerCase());
        assertThat((String) refusals.getFirst().get("detail")).contains("#myCase(caseId=" + c.caseId() + ")");
    }

    @Test
    void a_refusal_inside_a_transaction_that_already_wrote_to_the_audit_is_recorded_after_it_ends() {
        CaseFixtures.Linked c = someonesCase();
        String stranger = fx.newParent("intx");
        long started = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            fx.signIn(stranger);
            audit.record("TEST_BEFORE_REFUSAL", "case", Long.toString(c.caseId()), null); // holds the chain's lock
            assertThatThrownBy(() -> cases.myCase(c.caseId())).isInstanceOf(AccessDeniedException.class);
            status.setRollbackOnly();
        });
        assertThat((System.nanoTime() - started) / 1_000_000_000L).as("no wait for the chain's lock").isLessThan(20);
        assertThat(refusalsOfCase(c.caseId())).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TEST_BEFORE_REFUSAL'"
                + " and subject_id = ?", Integer.class, Long.toString(c.caseId()))).as("rolled back with its transaction").isZero();
    }

    @Test
    void a_parent_refused_a_casework_function_and_someone_not_signed_in_are_audited_too() {
        String parent = fx.newParent("deskprobe");
        fx.signIn(parent);
        assertThatThrownBy(() -> desk.find("Morgan")).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForList("select detail from audit_entry where action = 'ACCESS_DENIED' and actor_account_id = ?",
                String.class, accounts.idOf(parent))).singleElement().asString().startsWith("CaseworkDesk#find(");

        CaseFixtures.Linked c = someonesCase();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> cases.myCase(c.caseId())).isInstanceOf(AccessDeniedException.class);
        assertThat(refusalsOfCase(c.caseId())).singleElement()
                .satisfies(r -> assertThat(r.get("actor_label")).isEqualTo("anonymous"));
    }
}
