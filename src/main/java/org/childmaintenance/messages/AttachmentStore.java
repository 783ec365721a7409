package org.childmaintenance.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.childmaintenance.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps uploaded files (PDF, JPEG, PNG; at most 10 MB) in a folder outside the web root, under
 * random names, and reads them back checked against their SHA-256. The type is decided by the
 * file's first bytes, never by its name. It checks no access: callers (a service that knows who
 * may see the file) keep the {@link StoredFile} in their own records. Reusable by any feature.
 *
 * <p>Files, not database BLOBs: a 10 MB row would exceed the MariaDB client's default packet on some
 * set-ups, bloats backups and the buffer pool, and the file store can later move to object storage;
 * what we lose (one transaction for row and bytes) is covered by deleting the file when the
 * caller's transaction rolls back, and by the stored hash.
 */
@Component
public class AttachmentStore {
    /** The largest file accepted. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern UNSAFE_NAME = Pattern.compile("[^\\p{L}\\p{N} ._()-]");
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private final Path root;

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

        public String contentType() { return contentType; }
        public String extension() { return extension; }

        boolean matches(byte[] bytes) {
            return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
        }
    }

    /** What the store kept: its key (the only way back to the bytes), type, size and hash. */
    public record StoredFile(String key, FileType type, long size, String sha256) {
    }

    public AttachmentStore(@Value("${portal.attachments.dir:./data/attachments}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    /** The type the bytes really are, if one we accept. */
    public static Optional<FileType> detect(byte[] bytes) {
        return Arrays.stream(FileType.values()).filter(t -> t.matches(bytes)).findFirst();
    }

    /**
     * Checks a file without keeping it: empty, too big or not a PDF, JPEG or PNG are refused with a
     * message key for people ({@code attachment.error.*}, field {@code attachment}).
     */
    public static FileType check(byte[] bytes) {
        if (bytes.length == 0) {
            throw UserFacingException.onField("attachment", "attachment.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw UserFacingException.onField("attachment", "attachment.error.size");
        }
        return detect(bytes).orElseThrow(() -> UserFacingException.onField("attachment", "attachment.error.type"));
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

    /**
     * Checks and keeps a file. When called inside a transaction that later rolls back, the file is
     * removed again, so no bytes outlive their record.
     */
    public StoredFile store(byte[] bytes) {
        FileType type = check(bytes);
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = pathOf(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep an attachment", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return new StoredFile(key, type, bytes.length, sha256(bytes));
    }

    /** The bytes of a kept file; refuses if they no longer match the hash recorded when it was kept. */
    public byte[] read(String key, String expectedSha256) {
        try {
            byte[] bytes = Files.readAllBytes(pathOf(key));
            if (!sha256(bytes).equals(expectedSha256)) {
                throw new IllegalStateException("Attachment " + key + " does not match its recorded hash");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an attachment", e);
        }
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete an attachment", e);
        }
    }

    /** Where a key lives: two-level folders, no extension, never outside the root. */
    Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an attachment key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
