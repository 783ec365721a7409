package org.childmaintenance.disputes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with a parent's points, kept in the {@code messages.AttachmentStore}; this row is the only way back to it. */
@Entity
@Table(name = "dsp_evidence")
class Evidence {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "point_id", nullable = false)
    private long pointId;
    @Column(name = "file_key", nullable = false)
    private String fileKey;
    @Column(name = "file_type", nullable = false)
    private String fileType;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "file_size", nullable = false)
    private long fileSize;
    @Column(nullable = false)
    private String sha256;

    protected Evidence() {
    }

    Evidence(long pointId, String fileKey, String fileType, String fileName, long fileSize, String sha256) {
        this.pointId = pointId;
        this.fileKey = fileKey;
        this.fileType = fileType;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.sha256 = sha256;
    }

    Long id() { return id; }
    long pointId() { return pointId; }
    String fileKey() { return fileKey; }
    String fileName() { return fileName; }
    long fileSize() { return fileSize; }
    String sha256() { return sha256; }
}
