-- Evidence of legal authority (power of attorney, deputyship) a representative sends for a
-- caseworker to check (LC-16.1, LC-16.4). Files are PDF, JPEG or PNG, checked by content.
CREATE TABLE representation_evidence (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    representation_id   BIGINT       NOT NULL,
    file_name           VARCHAR(200) NOT NULL,
    content_type        VARCHAR(40)  NOT NULL,
    content             MEDIUMBLOB   NOT NULL,
    uploaded_at         DATETIME(6)  NOT NULL,
    uploaded_by         BIGINT       NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    decided_at          DATETIME(6)  NULL,
    decided_by          BIGINT       NULL,
    CONSTRAINT fk_representation_evidence FOREIGN KEY (representation_id) REFERENCES representation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_representation_evidence_status ON representation_evidence (status);
