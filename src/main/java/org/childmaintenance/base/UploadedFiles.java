package org.childmaintenance.base;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one check for files people upload (message attachments, reconsideration evidence, evidence of
 * legal authority): PDF, JPEG or PNG decided by the file's first bytes, never by its name or the
 * browser's word, not empty, at most {@link #MAX_BYTES}. Plain Java, so both the upload component
 * (as soon as a file arrives) and the services (again, before keeping it) use the same rule.
 * Errors are for field {@code attachment} with the keys {@code attachment.error.*}.
 */
public final class UploadedFiles {
    /** The largest file accepted (10 MB); the server's request limit (UploadSizeLimit) leaves room for it. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The field name the check's errors are reported on. */
    public static final String FIELD = "attachment";
    private static final Pattern UNSAFE_NAME = Pattern.compile("[^\\p{L}\\p{N} ._()-]");

    private UploadedFiles() {
    }

    /** A file someone chose, as received (not yet checked). */
    public record Chosen(String fileName, byte[] bytes) {
    }

    /** A file type we accept, with its signature (magic bytes) and the type it is served as. */
    public enum FileType {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

        private final String contentType;
        private final String extension;
        private final byte[] magic;

        FileType(String contentType, String extension, byte[] magic) {
            this.contentType = contentType;
            this.extension = extension;
            this.magic = magic;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        boolean matches(byte[] bytes) {
            return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
        }
    }

    /** The type the bytes really are, if one we accept. */
    public static Optional<FileType> detect(byte[] bytes) {
        return Arrays.stream(FileType.values()).filter(t -> t.matches(bytes)).findFirst();
    }

    /**
     * Checks a file: empty, too big or not a PDF, JPEG or PNG are refused with a message for people
     * on field {@code attachment}. Returns the real type.
     */
    public static FileType check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw UserFacingException.onField(FIELD, "attachment.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw UserFacingException.onField(FIELD, "attachment.error.size");
        }
        return detect(bytes).orElseThrow(() -> UserFacingException.onField(FIELD, "attachment.error.type"));
    }

    /** A file name safe to show and to send back: no folders, no odd characters, the real type's extension. */
    public static String safeName(String original, FileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = UNSAFE_NAME.matcher(dot > 0 ? name.substring(0, dot) : name).replaceAll("_").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = "attachment";
        }
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        return base + "." + type.extension();
    }
}
