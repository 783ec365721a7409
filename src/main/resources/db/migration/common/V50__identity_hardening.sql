-- Identity hardening (issue 10): cluster-wide rate-limit counters, replay-safe and encrypted
-- authenticator secrets, slow-hashed recovery codes, and per-account "sessions valid after".

-- Fixed-window counters shared by every node: one row per (hashed key, window).
CREATE TABLE rate_limit_counter (
    limit_key     VARCHAR(64)  NOT NULL,
    window_start  BIGINT       NOT NULL,
    hits          INT          NOT NULL,
    expires_at    BIGINT       NOT NULL,
    PRIMARY KEY (limit_key, window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_rate_limit_counter_expires ON rate_limit_counter (expires_at);

-- Encrypted secrets are longer than the plain base32 text.
ALTER TABLE account MODIFY totp_secret VARCHAR(255) NULL;
-- Last authenticator time step accepted (a code works once) and the sessions cut-off.
ALTER TABLE account ADD COLUMN totp_last_step BIGINT NULL;
ALTER TABLE account ADD COLUMN sessions_valid_after DATETIME(6) NULL;

-- Salted slow hashes are longer than SHA-256 hex.
ALTER TABLE recovery_code MODIFY code_hash VARCHAR(255) NOT NULL;
