-- Issue 15 (LC-12.3): a plan set or changed by a caseworker that covers arrears above the approval limit waits
-- here until a different caseworker approves it; only then does it become the plan in force.
CREATE TABLE ledger_plan_request (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    case_id                BIGINT        NOT NULL,
    kind                   VARCHAR(10)   NOT NULL,
    amount_per_instalment  DECIMAL(19,2) NOT NULL,
    frequency              VARCHAR(12)   NOT NULL,
    first_date             DATE          NOT NULL,
    arrears                DECIMAL(19,2) NOT NULL,
    reason                 VARCHAR(300)  NULL,
    status                 VARCHAR(10)   NOT NULL,
    requested_by           BIGINT        NOT NULL,
    requested_at           DATETIME(6)   NOT NULL,
    decided_by             BIGINT        NULL,
    decided_at             DATETIME(6)   NULL,
    CONSTRAINT fk_ledger_plan_request_case FOREIGN KEY (case_id) REFERENCES ledger_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_plan_request_status ON ledger_plan_request (status, requested_at);
