package org.childmaintenance.identity;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30 s, one step of drift allowed).
 * {@link #matchingStep} says which time step a code belongs to, so a used code can be refused.
 */
@Component
class TotpSupport {
    static final String ISSUER = "Child maintenance portal";
    static final int PERIOD_SECONDS = 30;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final Clock clock;

    TotpSupport(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        return secrets.generate();
    }

    /** The time step (current, previous or next) whose code this is, if any. */
    OptionalLong matchingStep(String secret, String code) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        OptionalLong found = OptionalLong.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            try {
                String expected = generator.generate(secret, step);
                // constant-time comparison, and all three steps are always computed
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))
                        && found.isEmpty()) {
                    found = OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
        }
        return found;
    }

    String qrCodeDataUri(String email, String secret) {
        QrData data = new QrData.Builder().label(email).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            byte[] png = new ZxingPngQrGenerator().generate(data);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }
}
