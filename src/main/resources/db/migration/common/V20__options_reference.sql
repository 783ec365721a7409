-- Options ("Get help arranging child maintenance"): pre-application reference numbers.
-- Only what the application journey may carry over is kept; the safety answer is never stored
-- (it is asked only to signpost).
CREATE TABLE pre_application_reference (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference           VARCHAR(9)   NOT NULL,
    country             VARCHAR(20)  NOT NULL,
    other_parent_in_uk  VARCHAR(20)  NOT NULL,
    applicant_role      VARCHAR(20)  NOT NULL,
    issued_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_pre_application_reference UNIQUE (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
