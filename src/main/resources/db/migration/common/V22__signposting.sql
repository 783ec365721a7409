-- "Sorting out separation" signposting topics: seeded from src/main/resources/signposting/*.json
-- when missing, then edited by caseworkers in the back office (every edit audited).
CREATE TABLE signposting_topic (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(40)   NOT NULL,
    sort_order      INT           NOT NULL,
    title           VARCHAR(100)  NOT NULL,
    summary         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    who_helps       VARCHAR(1000) NOT NULL,
    how_to_contact  VARCHAR(1000) NOT NULL,
    source_name     VARCHAR(200)  NOT NULL,
    source_url      VARCHAR(500)  NOT NULL,
    last_reviewed   DATE          NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_signposting_topic_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
