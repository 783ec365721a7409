package org.childmaintenance.representation;

import java.util.Optional;

/**
 * What an uploaded file really is, from its first bytes (never its name or the browser's word):
 * PDF, JPEG or PNG. A small check of our own until the messages feature's attachment store is shared.
 */
final class EvidenceFiles {
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private EvidenceFiles() {
    }

    static Optional<String> contentType(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (b.length >= png.length) {
            for (int i = 0; i < png.length; i++) {
                if (b[i] != png[i]) {
                    return Optional.empty();
                }
            }
            return Optional.of("image/png");
        }
        return Optional.empty();
    }
}
