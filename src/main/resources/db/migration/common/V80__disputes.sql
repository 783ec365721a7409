-- Disputes (issue 14): mandatory reconsiderations with both parents' points, appeals, complaints.
CREATE TABLE dsp_reconsideration (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT        NOT NULL,
    decision_id        BIGINT        NOT NULL,
    requested_by       BIGINT        NOT NULL,
    requester_role     VARCHAR(20)   NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    decision_notified  DATE          NOT NULL,
    last_day           DATE          NOT NULL,
    late_reason        TEXT,
    status             VARCHAR(20)   NOT NULL,
    invite_until       DATE          NOT NULL,
    review_started_at  DATETIME(6),
    outcome            VARCHAR(20),
    outcome_reasons    TEXT,
    decided_at         DATETIME(6),
    new_decision_id    BIGINT,
    adjustment         DECIMAL(12,2),
    appeal_lodged_on   DATE,
    tribunal_reference VARCHAR(40),
    appeal_outcome     VARCHAR(20),
    appeal_outcome_at  DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_dsp_reconsideration_decision UNIQUE (decision_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dsp_reconsideration_case ON dsp_reconsideration (case_id);
CREATE INDEX ix_dsp_reconsideration_status ON dsp_reconsideration (status, requested_at);

CREATE TABLE dsp_point (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    reconsideration_id BIGINT        NOT NULL,
    account_id         BIGINT        NOT NULL,
    party_role         VARCHAR(20)   NOT NULL,
    reasons            VARCHAR(200)  NOT NULL,
    details            TEXT          NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_dsp_point_reconsideration FOREIGN KEY (reconsideration_id) REFERENCES dsp_reconsideration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dsp_evidence (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    point_id           BIGINT        NOT NULL,
    file_key           VARCHAR(64)   NOT NULL,
    file_type          VARCHAR(10)   NOT NULL,
    file_name          VARCHAR(120)  NOT NULL,
    file_size          BIGINT        NOT NULL,
    sha256             VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_dsp_evidence_point FOREIGN KEY (point_id) REFERENCES dsp_point (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dsp_complaint (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference          VARCHAR(20)   NOT NULL,
    account_id         BIGINT        NOT NULL,
    case_id            BIGINT,
    order_reference    VARCHAR(40),
    category           VARCHAR(20)   NOT NULL,
    what_happened      TEXT          NOT NULL,
    would_like         TEXT          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    target_date        DATE          NOT NULL,
    answer             TEXT,
    answered_at        DATETIME(6),
    escalation_reason  TEXT,
    escalated_at       DATETIME(6),
    final_answer       TEXT,
    final_at           DATETIME(6),
    consolatory        DECIMAL(12,2),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_dsp_complaint_reference UNIQUE (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dsp_complaint_account ON dsp_complaint (account_id);
CREATE INDEX ix_dsp_complaint_status ON dsp_complaint (status, created_at);
