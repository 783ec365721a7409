-- Payments, arrears and fees: a double-entry, append-only ledger per case (issue 6).
-- Ids come from one sequence in blocks of 1000 so that JDBC batches really batch (no IDENTITY).
CREATE SEQUENCE ledger_id_seq START WITH 1000 INCREMENT BY 1000;

-- The ledger's own record of a case: parties, service type, and the row that serialises postings
-- to one case (optimistic locking on version).
CREATE TABLE ledger_case (
    case_id               BIGINT       NOT NULL PRIMARY KEY,
    case_reference        VARCHAR(40)  NOT NULL,
    service_type          VARCHAR(20)  NOT NULL,
    paying_account_id     BIGINT       NOT NULL,
    receiving_account_id  BIGINT       NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_ledger_case_reference UNIQUE (case_reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_case_paying ON ledger_case (paying_account_id);
CREATE INDEX ix_ledger_case_receiving ON ledger_case (receiving_account_id);

-- History of service type changes (Direct Pay / Collect & Pay); append-only.
CREATE TABLE ledger_service_change (
    id              BIGINT       NOT NULL PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    service_type    VARCHAR(20)  NOT NULL,
    effective_date  DATE         NOT NULL,
    reason          VARCHAR(300) NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    recorded_by     BIGINT       NULL,
    CONSTRAINT fk_ledger_service_change_case FOREIGN KEY (case_id) REFERENCES ledger_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The payment schedule: what falls due when. Not money yet: a line becomes ledger entries when the
-- nightly run posts it. "live" is 1 while scheduled or posted and NULL once superseded, so that one
-- live line per case, kind and date is enforced while superseded lines stay as history.
CREATE TABLE ledger_obligation (
    id            BIGINT        NOT NULL PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    due_date      DATE          NOT NULL,
    amount        DECIMAL(19,2) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    live          TINYINT       NULL,
    service_type  VARCHAR(20)   NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uk_ledger_obligation_live UNIQUE (case_id, kind, due_date, live),
    CONSTRAINT fk_ledger_obligation_case FOREIGN KEY (case_id) REFERENCES ledger_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_obligation_due ON ledger_obligation (kind, status, due_date);

-- A movement of money: balanced entries (debits positive, credits negative, summing to zero).
-- idempotency_key makes every posting happen at most once (payment reference, obligation, day).
CREATE TABLE ledger_transaction (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    case_id                 BIGINT        NOT NULL,
    type                    VARCHAR(30)   NOT NULL,
    effective_date          DATE          NOT NULL,
    recorded_at             DATETIME(6)   NOT NULL,
    idempotency_key         VARCHAR(120)  NOT NULL,
    external_reference      VARCHAR(60)   NULL,
    obligation_id           BIGINT        NULL,
    related_transaction_id  BIGINT        NULL,
    description             VARCHAR(300)  NULL,
    recorded_by             BIGINT        NULL,
    CONSTRAINT uk_ledger_transaction_key UNIQUE (idempotency_key),
    CONSTRAINT uk_ledger_transaction_external UNIQUE (external_reference),
    CONSTRAINT fk_ledger_transaction_case FOREIGN KEY (case_id) REFERENCES ledger_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_transaction_case ON ledger_transaction (case_id, effective_date);
CREATE INDEX ix_ledger_transaction_related ON ledger_transaction (related_transaction_id);

CREATE TABLE ledger_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    transaction_id  BIGINT        NOT NULL,
    case_id         BIGINT        NOT NULL,
    account         VARCHAR(20)   NOT NULL,
    amount          DECIMAL(19,2) NOT NULL,
    CONSTRAINT fk_ledger_entry_transaction FOREIGN KEY (transaction_id) REFERENCES ledger_transaction (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_entry_case ON ledger_entry (case_id, account, amount);

-- Work queue, not ledger: collected maintenance waiting to be passed on to the receiving parent.
-- A row is removed once the pass-on is posted (the posting itself is keyed by the payment).
CREATE TABLE ledger_pending_pass_on (
    payment_transaction_id  BIGINT        NOT NULL PRIMARY KEY,
    case_id                 BIGINT        NOT NULL,
    amount                  DECIMAL(19,2) NOT NULL,
    clears_on               DATE          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_pending_pass_on_clears ON ledger_pending_pass_on (clears_on);

-- Direct Pay: the receiving parent says a scheduled payment did not arrive.
CREATE TABLE ledger_missed_report (
    id             BIGINT       NOT NULL PRIMARY KEY,
    case_id        BIGINT       NOT NULL,
    obligation_id  BIGINT       NOT NULL,
    reported_by    BIGINT       NOT NULL,
    reported_at    DATETIME(6)  NOT NULL,
    note           VARCHAR(600) NULL,
    CONSTRAINT uk_ledger_missed_report UNIQUE (obligation_id),
    CONSTRAINT fk_ledger_missed_report_case FOREIGN KEY (case_id) REFERENCES ledger_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_missed_report_case ON ledger_missed_report (case_id);
CREATE INDEX ix_ledger_missed_report_at ON ledger_missed_report (reported_at);

-- In-app notices (missed payments), raised by the nightly run; mailed_at once the e-mail is queued.
CREATE TABLE ledger_notice (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    case_id               BIGINT        NOT NULL,
    obligation_id         BIGINT        NOT NULL,
    recipient_account_id  BIGINT        NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    due_date              DATE          NOT NULL,
    amount                DECIMAL(19,2) NOT NULL,
    raised_for            DATE          NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    mailed_at             DATETIME(6)   NULL,
    CONSTRAINT uk_ledger_notice UNIQUE (obligation_id, recipient_account_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_notice_recipient ON ledger_notice (recipient_account_id, created_at);
CREATE INDEX ix_ledger_notice_unmailed ON ledger_notice (mailed_at, id);

-- Arrears payment plans: an extra amount per instalment until the arrears at agreement are cleared.
CREATE TABLE ledger_arrears_plan (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    case_id                BIGINT        NOT NULL,
    amount_per_instalment  DECIMAL(19,2) NOT NULL,
    first_date             DATE          NOT NULL,
    instalments            INT           NOT NULL,
    arrears_at_start       DECIMAL(19,2) NOT NULL,
    agreed_by              BIGINT        NULL,
    created_at             DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ledger_arrears_plan_case FOREIGN KEY (case_id) REFERENCES ledger_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
