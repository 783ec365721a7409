-- Foundation: organisations, accounts, single-use tokens, sign-in throttling, audit, outbound mail.
CREATE TABLE organisation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    created_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE account (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                  VARCHAR(20)  NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    full_name             VARCHAR(200) NOT NULL,
    password_hash         VARCHAR(200) NOT NULL,
    email_verified        BOOLEAN      NOT NULL DEFAULT FALSE,
    organisation_id       BIGINT       NULL,
    employer_role         VARCHAR(20)  NULL,
    totp_secret           VARCHAR(64)  NULL,
    totp_enabled          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            DATETIME(6)  NOT NULL,
    password_changed_at   DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE account_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    purpose       VARCHAR(30)  NOT NULL,
    token_hash    VARCHAR(64)     NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    used_at       DATETIME(6)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE recovery_code (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    code_hash     VARCHAR(64)     NOT NULL,
    used_at       DATETIME(6)  NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_recovery_code_account ON recovery_code (account_id);

-- Failed sign-ins are counted per e-mail address typed, whether or not an account has it,
-- so the lockout message never tells anyone whether an address is registered.
CREATE TABLE sign_in_throttle (
    email_key     VARCHAR(64)     NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    locked_until  DATETIME(6)  NULL,
    last_failure  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Append-only: the application has no code that updates or deletes rows here.
CREATE TABLE audit_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at       DATETIME(6)  NOT NULL,
    actor_account_id  BIGINT       NULL,
    actor_label       VARCHAR(254) NOT NULL,
    on_behalf_of_id   BIGINT       NULL,
    action            VARCHAR(60)  NOT NULL,
    subject_type      VARCHAR(40)  NULL,
    subject_id        VARCHAR(64)  NULL,
    detail            VARCHAR(1000) NULL,
    source_address    VARCHAR(64)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_audit_actor ON audit_entry (actor_account_id, occurred_at);
CREATE INDEX ix_audit_behalf ON audit_entry (on_behalf_of_id, occurred_at);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);

CREATE TABLE outbound_mail (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient     VARCHAR(254) NOT NULL,
    subject       VARCHAR(300) NOT NULL,
    body          TEXT         NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    sent_at       DATETIME(6)  NULL,
    attempts      INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbound_mail_status ON outbound_mail (status, created_at);
