-- Secure messages between one side (a parent's side of a case, or an employer organisation) and the
-- service (issue 11). No foreign keys into other features' tables: case and organisation ids are
-- references to the owning feature, as everywhere between features.
CREATE TABLE msg_conversation (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                   VARCHAR(20)  NOT NULL,
    case_id                BIGINT       NULL,
    case_reference         VARCHAR(40)  NULL,
    party_account_id       BIGINT       NULL,
    organisation_id        BIGINT       NULL,
    organisation_name      VARCHAR(200) NULL,
    order_reference        VARCHAR(60)  NULL,
    subject                VARCHAR(30)  NOT NULL,
    started_by             BIGINT       NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    last_message_at        DATETIME(6)  NOT NULL,
    awaiting_reply_since   DATETIME(6)  NULL,
    assigned_to            BIGINT       NULL,
    version                BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_msg_conversation_party ON msg_conversation (party_account_id);
CREATE INDEX ix_msg_conversation_org ON msg_conversation (organisation_id);
CREATE INDEX ix_msg_conversation_awaiting ON msg_conversation (awaiting_reply_since);

-- Messages in order. side: CUSTOMER (the parent, their representative or the employer) or SERVICE.
-- internal_note rows are casework's notes: never shown to the other side.
CREATE TABLE msg_message (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id    BIGINT        NOT NULL,
    side               VARCHAR(20)   NOT NULL,
    author_account_id  BIGINT        NOT NULL,
    on_behalf_of       BIGINT        NULL,
    author_label       VARCHAR(200)  NOT NULL,
    internal_note      BOOLEAN       NOT NULL DEFAULT FALSE,
    body               TEXT          NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_msg_message_conversation FOREIGN KEY (conversation_id) REFERENCES msg_conversation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_msg_message_conversation ON msg_message (conversation_id, id);
CREATE INDEX ix_msg_message_author_time ON msg_message (author_account_id, created_at);

-- Attachment records; the bytes live in the attachment store (a folder outside the web root).
CREATE TABLE msg_attachment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id         BIGINT        NOT NULL,
    file_name          VARCHAR(200)  NOT NULL,
    content_type       VARCHAR(60)   NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    storage_key        VARCHAR(80)   NOT NULL,
    sha256             VARCHAR(64)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_msg_attachment_message FOREIGN KEY (message_id) REFERENCES msg_message (id),
    CONSTRAINT uk_msg_attachment_key UNIQUE (storage_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Read marks: per reader and conversation, the last message id they have seen.
CREATE TABLE msg_read_mark (
    conversation_id    BIGINT       NOT NULL,
    account_id         BIGINT       NOT NULL,
    last_read_id       BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, account_id),
    CONSTRAINT fk_msg_read_conversation FOREIGN KEY (conversation_id) REFERENCES msg_conversation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Drafts saved as people type, one per account and place (a new message, or a reply to one conversation).
CREATE TABLE msg_draft (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    draft_key     VARCHAR(60)   NOT NULL,
    subject       VARCHAR(30)   NULL,
    case_id       BIGINT        NULL,
    order_reference VARCHAR(60) NULL,
    body          TEXT          NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uk_msg_draft UNIQUE (account_id, draft_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
