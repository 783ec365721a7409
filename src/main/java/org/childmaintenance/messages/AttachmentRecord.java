package org.childmaintenance.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a message: its name and type for people, and where the store keeps the bytes. */
@Entity(name = "MsgAttachment")
@Table(name = "msg_attachment")
class AttachmentRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "message_id", nullable = false)
    private long messageId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "storage_key", nullable = false)
    private String storageKey;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AttachmentRecord() {
    }

    AttachmentRecord(long messageId, String fileName, AttachmentStore.StoredFile stored, Instant createdAt) {
        this.messageId = messageId;
        this.fileName = fileName;
        this.contentType = stored.type().contentType();
        this.sizeBytes = stored.size();
        this.storageKey = stored.key();
        this.sha256 = stored.sha256();
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long messageId() { return messageId; }
    String fileName() { return fileName; }
    String contentType() { return contentType; }
    long sizeBytes() { return sizeBytes; }
    String storageKey() { return storageKey; }
    String sha256() { return sha256; }
}
