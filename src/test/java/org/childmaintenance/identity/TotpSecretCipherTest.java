package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.childmaintenance.base.SecretKeys;
import org.junit.jupiter.api.Test;

/** Authenticator secrets: the key of the production profile must be its own; development keeps the public one. */
class TotpSecretCipherTest {

    @Test
    void production_refuses_to_start_without_portal_totp_key_or_with_the_public_one() {
        assertThatThrownBy(() -> new TotpSecretCipher("", true)).isInstanceOf(SecretKeys.MissingKey.class)
                .hasMessageStartingWith("PORTAL_TOTP_KEY is not set");
        assertThatThrownBy(() -> new TotpSecretCipher(TotpSecretCipher.DEV_KEY, true))
                .hasMessageStartingWith("PORTAL_TOTP_KEY is the public development key");
    }

    @Test
    void development_uses_the_public_key_and_binds_each_secret_to_its_account() {
        TotpSecretCipher cipher = new TotpSecretCipher("", false);
        String stored = cipher.encrypt(42, "JBSWY3DPEHPK3PXP");
        assertThat(new TotpSecretCipher(TotpSecretCipher.DEV_KEY, false).decrypt(42, stored)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> cipher.decrypt(43, stored)).isInstanceOf(IllegalStateException.class);
    }
}
