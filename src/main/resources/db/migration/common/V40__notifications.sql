-- Notifications (issue 9/10/11): mail bodies sealed and purged once sent; in-portal notices,
-- preferences, text messages and what notification knows of who is on a case.
ALTER TABLE outbound_mail MODIFY body TEXT NULL;
ALTER TABLE outbound_mail ADD COLUMN last_error VARCHAR(200) NULL;
ALTER TABLE outbound_mail ADD COLUMN claimed_at DATETIME(6) NULL;
-- Bodies written before this version are plain text: those already sent are not needed again.
UPDATE outbound_mail SET body = NULL WHERE status = 'SENT';

CREATE TABLE portal_notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    message_key VARCHAR(150) NOT NULL,
    link        VARCHAR(300) NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_portal_notification_account ON portal_notification (account_id, created_at);

CREATE TABLE notification_settings (
    account_id         BIGINT PRIMARY KEY,
    email_off          VARCHAR(300) NOT NULL DEFAULT '',
    email_confirmed_at DATETIME(6)  NULL,
    phone              VARCHAR(20)  NULL,
    phone_confirmed_at DATETIME(6)  NULL,
    pending_phone      VARCHAR(20)  NULL,
    pending_code_hash  VARCHAR(100) NULL,
    pending_expires_at DATETIME(6)  NULL,
    pending_tries      INT          NOT NULL DEFAULT 0,
    sms_on             BOOLEAN      NOT NULL DEFAULT FALSE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE notification_case_party (
    case_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(10) NOT NULL,
    PRIMARY KEY (case_id, account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE outbound_sms (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    phone       VARCHAR(20)  NOT NULL,
    body        TEXT         NULL,
    status      VARCHAR(20)  NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    last_error  VARCHAR(200) NULL,
    created_at  DATETIME(6)  NOT NULL,
    claimed_at  DATETIME(6)  NULL,
    sent_at     DATETIME(6)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbound_sms_status ON outbound_sms (status, created_at);
