-- The pre-enforcement warning (LC-12.2): before the first enforcement step after a missed payment the
-- paying parent is written to with the amount missed and the date by which to pay it.
CREATE TABLE casework_enforcement_warning (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    case_reference    VARCHAR(20)   NOT NULL,
    paying_account_id BIGINT        NULL,
    amount            DECIMAL(12,2) NOT NULL,
    arrears_since     DATE          NOT NULL,
    sent_on           DATE          NOT NULL,
    pay_by            DATE          NOT NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_casework_enforcement_warning_case ON casework_enforcement_warning (case_id, sent_on);

-- A DEO step issues the employer feature's order in the same step: which order, to which employer.
ALTER TABLE casework_enforcement ADD COLUMN deduction_order_id BIGINT NULL;
ALTER TABLE casework_enforcement ADD COLUMN employer_id BIGINT NULL;
-- A step taken before the warning's pay-by date (or with no warning): the caseworker's reason.
ALTER TABLE casework_enforcement ADD COLUMN warning_override VARCHAR(1000) NULL;
