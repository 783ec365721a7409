package org.childmaintenance.identity;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Clock;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30 s, one step of drift allowed). */
@Component
class TotpSupport {
    static final String ISSUER = "Child maintenance portal";
    private final CodeVerifier verifier;
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

    TotpSupport(Clock clock) {
        DefaultCodeVerifier v = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                () -> clock.instant().getEpochSecond());
        v.setTimePeriod(30);
        v.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = v;
    }

    String newSecret() {
        return secrets.generate();
    }

    boolean verify(String secret, String code) {
        if (secret == null || code == null) {
            return false;
        }
        String digits = code.replaceAll("\\s", "");
        return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
    }

    String qrCodeDataUri(String email, String secret) {
        QrData data = new QrData.Builder().label(email).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            byte[] png = new ZxingPngQrGenerator().generate(data);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }
}
