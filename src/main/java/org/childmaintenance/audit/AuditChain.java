package org.childmaintenance.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * How an audit entry's hash is made: SHA-256 over the previous entry's hash and every field of the
 * entry, each length-prefixed so that no two different entries give the same text.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Database time precision (DATETIME(6)), so the hash of what is stored equals the hash of what was written. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String prevHash, Instant occurredAt, @Nullable Long actorId, String actorLabel,
                       @Nullable Long onBehalfOfId, String action, @Nullable String subjectType,
                       @Nullable String subjectId, @Nullable String detail, @Nullable String sourceAddress) {
        StringBuilder text = new StringBuilder(prevHash);
        for (Object field : new Object[] {LocalDateTime.ofInstant(stored(occurredAt), ZoneOffset.UTC), actorId,
                actorLabel, onBehalfOfId, action, subjectType, subjectId, detail, sourceAddress}) {
            if (field == null) {
                text.append("|-");
            } else {
                String value = field.toString();
                text.append('|').append(value.length()).append(':').append(value);
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
