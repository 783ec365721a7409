package org.childmaintenance.base;

import java.util.Optional;

/**
 * The language each person chose, kept on their account (implemented by the identity feature). Mail,
 * notices and letters use it to write to someone in their language; the language switch records a
 * signed-in person's choice through it.
 */
public interface LanguagePreferences {
    /** The language the account holder chose; empty when they never chose (or there is no such account). */
    Optional<Language> ofAccount(long accountId);

    /** The language of the account with this e-mail address, if there is one and it chose. */
    Optional<Language> ofEmail(String email);

    /** The language to write to an account holder in: their choice, else the current language. */
    default Language forAccount(long accountId) {
        return ofAccount(accountId).orElseGet(Texts::language);
    }

    /** The language to write to an address in: its account holder's choice, else the current language (the sender's page). */
    default Language forEmail(String email) {
        return ofEmail(email).orElseGet(Texts::language);
    }

    /** Records the signed-in person's choice on their account (audited); does nothing for a visitor. */
    void rememberForCurrentUser(Language language);
}
