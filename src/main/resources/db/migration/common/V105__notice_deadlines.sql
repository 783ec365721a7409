-- Deadline notices (issue 11): each deadline notice is raised once per person, whichever node's
-- job runs first. The key names the deadline (e.g. "remittance-due:12:2031-02") and the person.
CREATE TABLE notice_deadline_raised (
    dedup_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    raised_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
