-- Talking to a person (issue 16, outreach): partner centres (their staff are accounts of an organisation of
-- kind PARTNER), the appointment slots they publish, and requests for help (call-backs, appointments at a
-- centre, referrals by a centre) that casework works in the Options queue. No foreign keys into other
-- features' tables (account and organisation ids are references to identity).
CREATE TABLE outreach_centre (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    address          VARCHAR(500)  NOT NULL,
    opening_times    VARCHAR(500)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_outreach_centre_organisation UNIQUE (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A slot is booked by setting booked_request_id where it is still NULL (one conditional UPDATE: two people
-- pressing "Book" at once cannot both get it), and the unique key refuses one request holding two slots.
CREATE TABLE outreach_slot (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    centre_id          BIGINT       NOT NULL,
    slot_date          DATE         NOT NULL,
    start_time         TIME         NOT NULL,
    length_minutes     INT          NOT NULL,
    booked_request_id  BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_outreach_slot_time UNIQUE (centre_id, slot_date, start_time),
    CONSTRAINT uk_outreach_slot_booking UNIQUE (booked_request_id),
    CONSTRAINT fk_outreach_slot_centre FOREIGN KEY (centre_id) REFERENCES outreach_centre (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outreach_slot_date ON outreach_slot (centre_id, slot_date);

-- kind: CALL_BACK, APPOINTMENT, REFERRAL; status: WAITING, BOOKED, DONE, ATTENDED, MISSED, CANCELLED.
-- account_id is the signed-in parent who asked (NULL for a visitor or a referral); a visitor checks or
-- cancels through a link whose token is stored only as its SHA-256 (manage_token_hash).
CREATE TABLE outreach_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference          VARCHAR(20)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    account_id         BIGINT        NULL,
    full_name          VARCHAR(200)  NOT NULL,
    email              VARCHAR(254)  NULL,
    phone              VARCHAR(20)   NULL,
    call_times         VARCHAR(200)  NULL,
    topic              VARCHAR(30)   NULL,
    details            VARCHAR(1000) NULL,
    message_ok         BOOLEAN       NULL,
    safety_concern     BOOLEAN       NOT NULL DEFAULT FALSE,
    safety_details     VARCHAR(1000) NULL,
    centre_id          BIGINT        NULL,
    slot_id            BIGINT        NULL,
    appointment_date   DATE          NULL,
    appointment_time   TIME          NULL,
    appointment_minutes INT          NULL,
    referred_by_org    BIGINT        NULL,
    referred_by        BIGINT        NULL,
    consent_at         DATETIME(6)   NULL,
    came_from          VARCHAR(20)   NULL,
    assigned_to        BIGINT        NULL,
    assigned_name      VARCHAR(200)  NULL,
    outcome_note       VARCHAR(1000) NULL,
    manage_token_hash  CHAR(64)      NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    closed_at          DATETIME(6)   NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_outreach_request_reference UNIQUE (reference),
    CONSTRAINT uk_outreach_request_token UNIQUE (manage_token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outreach_request_open ON outreach_request (status, created_at);
CREATE INDEX ix_outreach_request_account ON outreach_request (account_id, created_at);
CREATE INDEX ix_outreach_request_referrer ON outreach_request (referred_by_org, created_at);
