-- Old-scheme (1993 and 2003 scheme, Child Support Agency) cases closing in stages (issue 16).
-- One row per imported case: its segment, stage, liability end date and what the ledger was told.
CREATE TABLE legacy_case (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    legacy_reference        VARCHAR(20)   NOT NULL,
    scheme                  VARCHAR(10)   NOT NULL,
    segment                 VARCHAR(20)   NOT NULL,
    stage                   VARCHAR(20)   NOT NULL,
    weekly_amount           DECIMAL(19,2) NOT NULL,
    collection_method       VARCHAR(20)   NOT NULL,
    arrears_balance         DECIMAL(19,2) NOT NULL,
    enforcement             BOOLEAN       NOT NULL,
    clerical                BOOLEAN       NOT NULL,
    liability_end_date      DATE          NULL,
    end_date_set_at         DATETIME(6)   NULL,
    end_date_set_by         BIGINT        NULL,
    imported_at             DATETIME(6)   NOT NULL,
    imported_by             BIGINT        NULL,
    import_file             VARCHAR(200)  NULL,
    arrears_moved_at        DATETIME(6)   NULL,
    arrears_case_reference  VARCHAR(40)   NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_legacy_case_reference UNIQUE (legacy_reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_legacy_case_stage ON legacy_case (stage, liability_end_date);
CREATE INDEX ix_legacy_case_segment ON legacy_case (segment, stage);

-- The two parents as the old scheme knew them, the portal account each linked (by e-mail or by
-- reference and date of birth) and what each chose to do next.
CREATE TABLE legacy_party (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    legacy_case_id      BIGINT        NOT NULL,
    role                VARCHAR(10)   NOT NULL,
    full_name           VARCHAR(200)  NOT NULL,
    date_of_birth       DATE          NOT NULL,
    email               VARCHAR(254)  NULL,
    account_id          BIGINT        NULL,
    linked_at           DATETIME(6)   NULL,
    linked_by           VARCHAR(20)   NULL,
    next_step           VARCHAR(30)   NULL,
    next_step_at        DATETIME(6)   NULL,
    next_step_detail    VARCHAR(40)   NULL,
    new_case_starts_on  DATE          NULL,
    CONSTRAINT uk_legacy_party_role UNIQUE (legacy_case_id, role),
    CONSTRAINT fk_legacy_party_case FOREIGN KEY (legacy_case_id) REFERENCES legacy_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_legacy_party_email ON legacy_party (email);
CREATE INDEX ix_legacy_party_account ON legacy_party (account_id);

CREATE TABLE legacy_child (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    legacy_case_id  BIGINT        NOT NULL,
    position        INT           NOT NULL,
    full_name       VARCHAR(200)  NOT NULL,
    date_of_birth   DATE          NOT NULL,
    CONSTRAINT fk_legacy_child_case FOREIGN KEY (legacy_case_id) REFERENCES legacy_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The closure letters: one of each kind per parent (so the job can run any number of times). The
-- facts the letter states are kept, and the PDF is drawn from them when opened. delivery says how
-- the parent was told: a portal notice, an e-mail to the address the old scheme had, or by post
-- (casework prints and posts it, then records posted_at).
CREATE TABLE legacy_letter (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    legacy_case_id      BIGINT        NOT NULL,
    party_id            BIGINT        NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    letter_date         DATE          NOT NULL,
    weekly_amount       DECIMAL(19,2) NOT NULL,
    liability_end_date  DATE          NOT NULL,
    arrears_balance     DECIMAL(19,2) NOT NULL,
    delivery            VARCHAR(10)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    posted_at           DATETIME(6)   NULL,
    posted_by           BIGINT        NULL,
    CONSTRAINT uk_legacy_letter UNIQUE (party_id, kind),
    CONSTRAINT fk_legacy_letter_case FOREIGN KEY (legacy_case_id) REFERENCES legacy_case (id),
    CONSTRAINT fk_legacy_letter_party FOREIGN KEY (party_id) REFERENCES legacy_party (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_legacy_letter_delivery ON legacy_letter (delivery, posted_at);

-- A new-scheme application that continues an old-scheme case: its reference, and the earliest date
-- the new case may take effect (the day after the old case's liability end date, so there is no gap).
ALTER TABLE cm_case ADD COLUMN continues_from VARCHAR(20) NULL;
ALTER TABLE cm_case ADD COLUMN earliest_effective_date DATE NULL;
