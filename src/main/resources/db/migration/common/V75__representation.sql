-- Someone else manages a parent's case (issue 13, case-lifecycle.md LC-16): invite -> accept ->
-- parent confirms; withdrawn at once. Only a hash of the single-use invitation token is stored.
CREATE TABLE representation (
    id                          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id                     BIGINT       NOT NULL,
    case_reference              VARCHAR(40)  NOT NULL,
    parent_account_id           BIGINT       NOT NULL,
    parent_name                 VARCHAR(200) NOT NULL,
    nominee_name                VARCHAR(200) NOT NULL,
    nominee_email               VARCHAR(320) NOT NULL,
    representative_account_id   BIGINT       NULL,
    scope                       VARCHAR(20)  NOT NULL,
    kind                        VARCHAR(20)  NOT NULL,
    status                      VARCHAR(20)  NOT NULL,
    token_hash                  CHAR(64)     NULL,
    token_expires_at            DATETIME(6)  NULL,
    invited_at                  DATETIME(6)  NOT NULL,
    accepted_at                 DATETIME(6)  NULL,
    confirmed_at                DATETIME(6)  NULL,
    ends_on                     DATE         NULL,
    ended_at                    DATETIME(6)  NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_representation_token UNIQUE (token_hash),
    CONSTRAINT fk_representation_parent FOREIGN KEY (parent_account_id) REFERENCES account (id),
    CONSTRAINT fk_representation_rep FOREIGN KEY (representative_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_representation_rep_case ON representation (representative_account_id, case_id);
CREATE INDEX ix_representation_parent ON representation (parent_account_id);
CREATE INDEX ix_representation_email ON representation (nominee_email);
