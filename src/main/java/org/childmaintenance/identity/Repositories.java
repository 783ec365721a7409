package org.childmaintenance.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Account> findByOrganisationIdOrderByFullName(Long organisationId);

    /** The organisation's accounts, locked until the transaction ends (so two admins cannot demote each other at once). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.organisationId = :org order by a.id")
    List<Account> lockOrganisation(@Param("org") Long organisationId);

    /**
     * Sets the language of an account that has none yet, in one statement: two first sign-ins of the same account
     * at the same moment (two tabs, a shared payroll login) must not clash on the account's version.
     */
    @Modifying
    @Query("update Account a set a.language = :language where a.id = :id and a.language is null")
    int setLanguageIfNone(@Param("id") Long id, @Param("language") String language);
}

interface OrganisationRepository extends JpaRepository<Organisation, Long> {
    Optional<Organisation> findByName(String name);
}

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {
    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Ends every outstanding link of an account (after its password or two-step sign-in changed). */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null")
    int useAllOf(@Param("accountId") Long accountId, @Param("now") java.time.Instant now);
}

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {
    List<RecoveryCode> findByAccountId(Long accountId);

    void deleteByAccountId(Long accountId);
}
