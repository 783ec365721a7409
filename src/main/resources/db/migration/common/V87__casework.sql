-- The casework desk (issue 15). Case notes are internal: never shown to parents. No foreign keys into
-- other features' tables (case ids are references to the cases feature).
CREATE TABLE casework_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_name VARCHAR(200)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_casework_note_case ON casework_note (case_id, created_at);

-- Ledger actions asked for by one caseworker; above the approval limit a different caseworker approves
-- before the ledger is posted. status: PENDING, APPROVED (posted), REJECTED.
CREATE TABLE casework_ledger_action (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    amount         DECIMAL(12,2) NULL,
    target         VARCHAR(20)   NULL,
    transaction_id BIGINT        NULL,
    reason         VARCHAR(1000) NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    requested_by   BIGINT        NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    decided_by     BIGINT        NULL,
    decided_at     DATETIME(6)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_casework_ledger_action_status ON casework_ledger_action (status, requested_at);
CREATE INDEX ix_casework_ledger_action_case ON casework_ledger_action (case_id);
