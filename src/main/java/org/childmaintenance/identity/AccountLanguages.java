package org.childmaintenance.identity;

import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguagePreferences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each person chose ("en" or "cy"), kept on their account: the language switch records it,
 * sign-in applies it, and mail, notices and letters are written in it ({@link LanguagePreferences}).
 */
@Service
public class AccountLanguages implements LanguagePreferences {
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final AuditService audit;

    AccountLanguages(AccountRepository accounts, CurrentUser currentUser, AuditService audit) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Language> ofAccount(long accountId) {
        return accounts.findById(accountId).flatMap(a -> Language.fromCode(a.language()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Language> ofEmail(String email) {
        return accounts.findByEmail(Secrets.normaliseEmail(email)).flatMap(a -> Language.fromCode(a.language()));
    }

    /** Records the signed-in person's own choice (only ever their own account); audited when it changes. */
    @Override
    @Transactional
    public void rememberForCurrentUser(Language language) {
        currentUser.get().flatMap(u -> accounts.findById(u.accountId())).ifPresent(a -> choose(a, language));
    }

    /**
     * The language to serve the person who has just signed in: the one on their account; if they never chose,
     * the one they were using (which is then kept on the account). Only ever their own account.
     */
    @Transactional
    public Language atSignIn(Language using) {
        Optional<Account> account = currentUser.get().flatMap(u -> accounts.findById(u.accountId()));
        if (account.isEmpty()) {
            return using;
        }
        Optional<Language> chosen = Language.fromCode(account.get().language());
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (accounts.setLanguageIfNone(account.get().id(), using.code()) == 1) {
            audit.record("LANGUAGE_CHOSEN", "account", account.get().id().toString(), using.code());
        }
        return using;
    }

    private void choose(Account a, Language language) {
        if (!language.code().equals(a.language())) {
            a.chooseLanguage(language.code());
            audit.record("LANGUAGE_CHOSEN", "account", a.id().toString(), language.code());
        }
    }
}
