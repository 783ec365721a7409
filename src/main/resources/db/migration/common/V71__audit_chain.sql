-- Security (issue 10): the audit trail is a hash chain. Each entry stores the previous entry's hash and
-- its own (SHA-256 of the previous hash and its content); the single-row head, locked FOR UPDATE by
-- every append, keeps the chain linear. Entries written before this migration stay unchained.
ALTER TABLE audit_entry ADD COLUMN prev_hash CHAR(64) NULL;
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64) NULL;

CREATE TABLE audit_chain_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_id   BIGINT      NULL,
    last_hash CHAR(64)    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');
