package org.childmaintenance.identity;

import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Authenticator-app codes of an account: the secret is stored encrypted ({@link TotpSecretCipher})
 * and each code is accepted once only: the last accepted time step (account.totp_last_step) is
 * moved forward atomically, so a code seen twice, even by two nodes at once, works once.
 */
@Component
class AuthenticatorCodes {
    private final TotpSupport totp;
    private final TotpSecretCipher cipher;
    private final JdbcTemplate jdbc;

    AuthenticatorCodes(TotpSupport totp, TotpSecretCipher cipher, JdbcTemplate jdbc) {
        this.totp = totp;
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    /** A new secret for the account: returns it in plain text (for the QR code) and stores it encrypted. */
    String startSetup(Account account) {
        String secret = totp.newSecret();
        account.startTwoFactorSetup(cipher.encrypt(account.id(), secret));
        return secret;
    }

    /** True if the code is right and its time step is later than any accepted before (then it is used up). */
    boolean accept(Account account, String code) {
        OptionalLong step = totp.matchingStep(cipher.decrypt(account.id(), account.totpSecret()), code);
        if (step.isEmpty()) {
            return false;
        }
        int changed = jdbc.update("UPDATE account SET totp_last_step = ? WHERE id = ? "
                + "AND (totp_last_step IS NULL OR totp_last_step < ?)", step.getAsLong(), account.id(), step.getAsLong());
        return changed == 1;
    }
}
