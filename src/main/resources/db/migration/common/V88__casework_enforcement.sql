-- Enforcement actions on a case (LC-12.4), one active at a time. kind: DEO, RDO, LSDO, BENEFIT,
-- LIABILITY_ORDER; status: ACTIVE, ENDED, WITHDRAWN (made in error: its charge is reversed).
CREATE TABLE casework_enforcement (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    weekly_amount     DECIMAL(12,2) NULL,
    lump_sum          DECIMAL(12,2) NULL,
    charge            DECIMAL(12,2) NOT NULL,
    charge_tx_id      BIGINT        NULL,
    reason            VARCHAR(1000) NOT NULL,
    started_on        DATE          NOT NULL,
    ended_on          DATE          NULL,
    end_reason        VARCHAR(1000) NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_casework_enforcement_case ON casework_enforcement (case_id, status);
