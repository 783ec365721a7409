-- Security (issue 10): wrong activation codes are counted in the database, per account and per
-- address, so the limit holds across nodes and restarts and is never reset by a right code; an
-- e-mailed code is bound to the address it was sent to.
CREATE TABLE cm_code_failure (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    address    VARCHAR(64)  NOT NULL,
    failed_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cm_code_failure_account ON cm_code_failure (account_id, failed_at);
CREATE INDEX ix_cm_code_failure_address ON cm_code_failure (address, failed_at);

ALTER TABLE cm_invitation ADD COLUMN invitee_email VARCHAR(320) NULL;
