-- Employer portal (issue 12): deduction from earnings orders, their history and notices,
-- deductions per pay day, one remittance per organisation and month, casework tasks.
CREATE TABLE deo_order (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id     BIGINT        NOT NULL,
    case_id             BIGINT        NOT NULL,
    case_reference      VARCHAR(40)   NOT NULL,
    paying_account_id   BIGINT        NULL,
    employee_name       VARCHAR(200)  NOT NULL,
    payroll_number      VARCHAR(40)   NOT NULL,
    pay_frequency       VARCHAR(20)   NOT NULL,
    effective_date      DATE          NOT NULL,
    served_on           DATE          NOT NULL,
    rate_monthly        DECIMAL(19,2) NOT NULL,
    rate_weekly         DECIMAL(19,2) NOT NULL,
    rate_two_weekly     DECIMAL(19,2) NOT NULL,
    rate_four_weekly    DECIMAL(19,2) NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    ended_on            DATE          NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_deo_order_org ON deo_order (organisation_id, payroll_number);
CREATE INDEX ix_deo_order_case ON deo_order (case_id);
CREATE INDEX ix_deo_order_paying ON deo_order (paying_account_id);

CREATE TABLE deo_order_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT        NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    event_date    DATE          NOT NULL,
    detail        VARCHAR(500)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    BIGINT        NULL,
    CONSTRAINT fk_deo_event_order FOREIGN KEY (order_id) REFERENCES deo_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_deo_event_order ON deo_order_event (order_id);

CREATE TABLE deo_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    pdf           LONGBLOB      NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_deo_document_order FOREIGN KEY (order_id) REFERENCES deo_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_deo_document_order ON deo_document (order_id);

CREATE TABLE deo_remittance (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT        NOT NULL,
    deduction_month   VARCHAR(7)    NOT NULL,
    amount            DECIMAL(19,2) NOT NULL,
    paid_on           DATE          NOT NULL,
    method            VARCHAR(20)   NOT NULL,
    reference         VARCHAR(60)   NOT NULL,
    explanation       VARCHAR(1000) NULL,
    late              BOOLEAN       NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    recorded_by       BIGINT        NOT NULL,
    CONSTRAINT uk_deo_remittance_month UNIQUE (organisation_id, deduction_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE deo_deduction (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id          BIGINT        NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    pay_date          DATE          NOT NULL,
    deduction_month   VARCHAR(7)    NOT NULL,
    net_earnings      DECIMAL(19,2) NOT NULL,
    normal_rate       DECIMAL(19,2) NOT NULL,
    protected_amount  DECIMAL(19,2) NOT NULL,
    deducted          DECIMAL(19,2) NOT NULL,
    shortfall         DECIMAL(19,2) NOT NULL,
    shortfall_reason  VARCHAR(30)   NULL,
    admin_charge      DECIMAL(19,2) NOT NULL,
    paid_over         DECIMAL(19,2) NULL,
    remittance_id     BIGINT        NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    recorded_by       BIGINT        NULL,
    CONSTRAINT uk_deo_deduction_pay_day UNIQUE (order_id, pay_date),
    CONSTRAINT fk_deo_deduction_order FOREIGN KEY (order_id) REFERENCES deo_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_deo_deduction_month ON deo_deduction (organisation_id, deduction_month);

-- Casework tasks raised by employers: leavers, "not our employee", late remittances.
CREATE TABLE deo_task (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(30)   NOT NULL,
    order_id      BIGINT        NULL,
    organisation_id BIGINT      NOT NULL,
    detail        VARCHAR(500)  NULL,
    late          BOOLEAN       NOT NULL,
    created_at    DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
