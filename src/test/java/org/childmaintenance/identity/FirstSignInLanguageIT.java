package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childmaintenance.base.Language;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The first sign-in of an account that has no language yet keeps the language the person was using. A shared
 * payroll login or two tabs signing in at the same moment must all get in (the load test saw optimistic-lock
 * errors on the account row here), the account keeps one language, and the choice is audited once.
 */
@PortalTest
class FirstSignInLanguageIT {
    @Autowired IdentityService identity;
    @Autowired AccountLanguages languages;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eight_first_sign_ins_of_one_account_at_the_same_moment_all_get_in_and_the_choice_is_kept_and_audited_once()
            throws Exception {
        long id = identity.provisionAccount(AccountKind.EMPLOYER_USER, TestAccounts.uniqueEmail("first-language"),
                "Pat Payroll", "a-long-test-password-2026", "First Language Ltd", EmployerRole.PAYROLL);
        jdbc.update("update account set language = null where id = ?", id);
        PortalUser user = identity.reload(id);

        int people = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<Language>> results = new ArrayList<>();
        try {
            for (int i = 0; i < people; i++) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
                    try {
                        start.await();
                        return languages.atSignIn(Language.WELSH);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (Future<Language> r : results) {
                assertThat(r.get()).as("every sign-in gets in, in the language being used").isEqualTo(Language.WELSH);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select language from account where id = ?", String.class, id)).isEqualTo("cy");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LANGUAGE_CHOSEN' and subject_id = ?",
                Integer.class, Long.toString(id))).isEqualTo(1);

        // Later sign-ins keep the account's choice whatever the page was in.
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        assertThat(languages.atSignIn(Language.ENGLISH)).isEqualTo(Language.WELSH);
    }
}
