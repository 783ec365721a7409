package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SealingTest {
    private static final String KEY = "ZGV2LW9ubHktdG90cC1rZXktbm90LWZvci1wcm9kISE=";

    /** What identity's and notification's own AES-GCM helpers wrote before {@link Sealing}: "v1:" + nonce + sealed. */
    private static String sealedTheOldWay(String plain, String aad) throws Exception {
        byte[] nonce = new byte[12];
        nonce[0] = 7;
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"),
                new GCMParameterSpec(128, nonce));
        if (aad != null) {
            cipher.updateAAD(aad.getBytes(StandardCharsets.US_ASCII));
        }
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[12 + sealed.length];
        System.arraycopy(nonce, 0, out, 0, 12);
        System.arraycopy(sealed, 0, out, 12, sealed.length);
        return "v1:" + Base64.getEncoder().encodeToString(out);
    }

    @Test
    void values_stored_by_the_earlier_helpers_still_open() throws Exception {
        Sealing sealing = Sealing.withKey(KEY, "key");
        assertThat(sealing.open(sealedTheOldWay("JBSWY3DPEHPK3PXP", "totp:42"), "totp:42")).contains("JBSWY3DPEHPK3PXP");
        assertThat(sealing.open(sealedTheOldWay("Reset link: https://x/y?t=abc £", null))).contains("Reset link: https://x/y?t=abc £");
    }

    @Test
    void a_value_opens_only_with_its_key_and_context() {
        Sealing sealing = Sealing.withKey(KEY, "key");
        String sealed = sealing.seal("secret", "totp:1");
        assertThat(Sealing.isSealed(sealed)).isTrue();
        assertThat(sealed).doesNotContain("secret");
        assertThat(sealing.open(sealed, "totp:1")).contains("secret");
        assertThat(sealing.open(sealed, "totp:2")).isEmpty();
        assertThat(Sealing.withNewKey().open(sealed, "totp:1")).isEmpty();
        assertThat(sealing.open("v1:bm90IHNlYWxlZA==")).isEmpty();
        assertThat(sealing.open("plain")).isEmpty();
        assertThat(sealing.seal("x")).isNotEqualTo(sealing.seal("x"));
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_with_the_setting_named() {
        assertThatThrownBy(() -> Sealing.withKey("c2hvcnQ=", "portal.mail.body-key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("portal.mail.body-key");
    }
}
