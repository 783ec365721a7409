-- Cases: applications (drafts), cases, the people and children on them, invitations to the other
-- parent, decisions, payment schedules, documents, timeline messages and reported changes.

CREATE TABLE cm_application_draft (
    account_id    BIGINT       NOT NULL PRIMARY KEY,
    answers       TEXT         NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_cm_draft_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cm_case (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference                 VARCHAR(12)   NOT NULL,
    status                    VARCHAR(30)   NOT NULL,
    applicant_account_id      BIGINT        NOT NULL,
    applicant_type            VARCHAR(30)   NOT NULL,
    pre_application_reference VARCHAR(9)    NOT NULL,
    service_type              VARCHAR(30)   NOT NULL,
    domestic_abuse            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at                DATETIME(6)   NOT NULL,
    notice_date               DATE          NULL,
    details_due_date          DATE          NULL,
    initial_effective_date    DATE          NULL,
    period_start              DATE          NULL,
    review_date               DATE          NULL,
    payment_frequency         VARCHAR(20)   NULL,
    income_type               VARCHAR(20)   NULL,
    income_amount             DECIMAL(19,2) NULL,
    income_frequency          VARCHAR(20)   NULL,
    benefit_kind              VARCHAR(30)   NULL,
    pension_amount            DECIMAL(19,2) NULL,
    relevant_other_children   INT           NULL,
    other_arrangement_children INT          NULL,
    details_given_at          DATETIME(6)   NULL,
    parentage_note            VARCHAR(500)  NULL,
    closed_on                 DATE          NULL,
    close_reason              VARCHAR(500)  NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_cm_case_reference UNIQUE (reference),
    CONSTRAINT fk_cm_case_applicant FOREIGN KEY (applicant_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cm_case_status ON cm_case (status);
CREATE INDEX ix_cm_case_review ON cm_case (review_date);

CREATE TABLE cm_party (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    role                VARCHAR(20)   NOT NULL,
    account_id          BIGINT        NULL,
    full_name           VARCHAR(200)  NOT NULL,
    date_of_birth       DATE          NULL,
    address             VARCHAR(500)  NULL,
    postcode            VARCHAR(10)   NULL,
    phone               VARCHAR(30)   NULL,
    email               VARCHAR(254)  NULL,
    ni_number           VARCHAR(9)    NULL,
    employer            VARCHAR(200)  NULL,
    safety_flag         BOOLEAN       NOT NULL DEFAULT FALSE,
    bank_account_name   VARCHAR(100)  NULL,
    bank_sort_code      VARCHAR(6)    NULL,
    bank_account_number VARCHAR(8)    NULL,
    CONSTRAINT uk_cm_party_role UNIQUE (case_id, role),
    CONSTRAINT fk_cm_party_case FOREIGN KEY (case_id) REFERENCES cm_case (id),
    CONSTRAINT fk_cm_party_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cm_party_account ON cm_party (account_id);

CREATE TABLE cm_child (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    position        INT           NOT NULL,
    full_name       VARCHAR(200)  NOT NULL,
    name_key        VARCHAR(200)  NOT NULL,
    date_of_birth   DATE          NOT NULL,
    in_education    BOOLEAN       NULL,
    nights          INT           NOT NULL DEFAULT 0,
    ended_on        DATE          NULL,
    end_reason      VARCHAR(200)  NULL,
    CONSTRAINT fk_cm_child_case FOREIGN KEY (case_id) REFERENCES cm_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cm_child_identity ON cm_child (name_key, date_of_birth);

CREATE TABLE cm_invitation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    used_by     BIGINT       NULL,
    CONSTRAINT uk_cm_invitation_code UNIQUE (code_hash),
    CONSTRAINT fk_cm_invitation_case FOREIGN KEY (case_id) REFERENCES cm_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cm_decision (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id                     BIGINT        NOT NULL,
    kind                        VARCHAR(20)   NOT NULL,
    effective_date              DATE          NOT NULL,
    service_type                VARCHAR(30)   NOT NULL,
    weekly_amount               DECIMAL(19,2) NOT NULL,
    rate_band                   VARCHAR(20)   NOT NULL,
    gross_weekly_income         DECIMAL(19,2) NULL,
    income_basis                VARCHAR(20)   NOT NULL,
    qualifying_children         INT           NOT NULL,
    relevant_other_children     INT           NOT NULL,
    other_arrangement_children  INT           NOT NULL,
    shared_care_nights          VARCHAR(200)  NOT NULL,
    reason                      VARCHAR(500)  NOT NULL,
    breakdown                   TEXT          NOT NULL,
    decided_at                  DATETIME(6)   NOT NULL,
    decided_by                  BIGINT        NULL,
    decided_by_label            VARCHAR(254)  NOT NULL,
    CONSTRAINT fk_cm_decision_case FOREIGN KEY (case_id) REFERENCES cm_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cm_decision_case ON cm_decision (case_id, effective_date);

CREATE TABLE cm_instalment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    decision_id   BIGINT        NOT NULL,
    period_start  DATE          NOT NULL,
    period_end    DATE          NOT NULL,
    due_date      DATE          NOT NULL,
    amount        DECIMAL(19,2) NOT NULL,
    superseded    BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_cm_instalment_case FOREIGN KEY (case_id) REFERENCES cm_case (id),
    CONSTRAINT fk_cm_instalment_decision FOREIGN KEY (decision_id) REFERENCES cm_decision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cm_instalment_case ON cm_instalment (case_id, superseded, due_date);

CREATE TABLE cm_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    audience     VARCHAR(20)  NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    decision_id  BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_cm_document_case FOREIGN KEY (case_id) REFERENCES cm_case (id),
    CONSTRAINT fk_cm_document_decision FOREIGN KEY (decision_id) REFERENCES cm_decision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cm_timeline (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    audience    VARCHAR(20)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_cm_timeline_case FOREIGN KEY (case_id) REFERENCES cm_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cm_timeline_case ON cm_timeline (case_id, created_at);

CREATE TABLE cm_change (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    reported_by   BIGINT        NULL,
    reported_role VARCHAR(20)   NULL,
    reported_at   DATETIME(6)   NOT NULL,
    happened_on   DATE          NULL,
    summary       VARCHAR(1000) NOT NULL,
    outcome       VARCHAR(30)   NOT NULL,
    decision_id   BIGINT        NULL,
    resolved_at   DATETIME(6)   NULL,
    CONSTRAINT fk_cm_change_case FOREIGN KEY (case_id) REFERENCES cm_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cm_change_outcome ON cm_change (outcome);
