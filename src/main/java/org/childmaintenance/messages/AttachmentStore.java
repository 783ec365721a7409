package org.childmaintenance.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.childmaintenance.base.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps uploaded files in a folder outside the web root, under random names, and reads them back
 * checked against their SHA-256. What may be kept is checked by {@link UploadedFiles} (PDF, JPEG,
 * PNG by content; at most 10 MB), the same check the upload component makes. It checks no access:
 * callers (a service that knows who may see the file) keep the {@link StoredFile} in their own
 * records. Reusable by any feature (messages, reconsideration evidence, legal authority).
 *
 * <p>Files, not database BLOBs: a 10 MB row would exceed the MariaDB client's default packet on some
 * set-ups, bloats backups and the buffer pool, and the file store can later move to object storage;
 * what we lose (one transaction for row and bytes) is covered by deleting the file when the
 * caller's transaction rolls back, and by the stored hash.
 */
@Component
public class AttachmentStore {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private final Path root;

    /** What the store kept: its key (the only way back to the bytes), type, size and hash. */
    public record StoredFile(String key, UploadedFiles.FileType type, long size, String sha256) {
    }

    public AttachmentStore(@Value("${portal.attachments.dir:./data/attachments}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    /**
     * Checks and keeps a file. When called inside a transaction that later rolls back, the file is
     * removed again, so no bytes outlive their record.
     */
    public StoredFile store(byte[] bytes) {
        UploadedFiles.FileType type = UploadedFiles.check(bytes);
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
