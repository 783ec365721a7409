-- Family-based (private) arrangements between two parents, their invitations and a private payment tracker.
-- E-mail addresses are kept only to send each party their own mail; they are never shown to the other party.
CREATE TABLE family_arrangement (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    status                   VARCHAR(20)   NOT NULL,
    creator_account_id       BIGINT        NOT NULL,
    creator_name             VARCHAR(200)  NOT NULL,
    creator_email            VARCHAR(254)  NOT NULL,
    creator_role             VARCHAR(20)   NULL,
    other_name               VARCHAR(200)  NULL,
    other_account_id         BIGINT        NULL,
    other_email              VARCHAR(254)  NULL,
    estimate_weekly          DECIMAL(19,2) NULL,
    amount                   DECIMAL(19,2) NULL,
    frequency                VARCHAR(20)   NULL,
    payment_method           VARCHAR(30)   NULL,
    payment_timing           VARCHAR(200)  NULL,
    first_payment_date       DATE          NULL,
    extras_school_trips      VARCHAR(20)   NULL,
    extras_clothes           VARCHAR(20)   NULL,
    extras_activities        VARCHAR(20)   NULL,
    holidays                 VARCHAR(1000) NULL,
    changes_plan             VARCHAR(1000) NULL,
    review_date              DATE          NULL,
    shared_details           VARCHAR(500)  NULL,
    created_at               DATETIME(6)   NOT NULL,
    agreed_by_creator_at     DATETIME(6)   NULL,
    confirmed_at             DATETIME(6)   NULL,
    review_reminder_sent_at  DATETIME(6)   NULL,
    version                  BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_family_arrangement_creator ON family_arrangement (creator_account_id);
CREATE INDEX ix_family_arrangement_other ON family_arrangement (other_account_id);
CREATE INDEX ix_family_arrangement_review ON family_arrangement (status, review_date);

CREATE TABLE family_arrangement_child (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    arrangement_id   BIGINT       NOT NULL,
    position         INT          NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    date_of_birth    DATE         NULL,
    CONSTRAINT fk_fa_child_arrangement FOREIGN KEY (arrangement_id) REFERENCES family_arrangement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE family_arrangement_invitation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    arrangement_id   BIGINT       NOT NULL,
    code_hash        VARCHAR(64)  NOT NULL,
    sent_to          VARCHAR(254) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    used_at          DATETIME(6)  NULL,
    withdrawn_at     DATETIME(6)  NULL,
    CONSTRAINT uk_fa_invitation_code UNIQUE (code_hash),
    CONSTRAINT fk_fa_invitation_arrangement FOREIGN KEY (arrangement_id) REFERENCES family_arrangement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE family_arrangement_payment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    arrangement_id   BIGINT        NOT NULL,
    paid_on          DATE          NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    recorded_by      BIGINT        NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    answered_at      DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_fa_payment_arrangement FOREIGN KEY (arrangement_id) REFERENCES family_arrangement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fa_payment_arrangement ON family_arrangement_payment (arrangement_id, paid_on);
