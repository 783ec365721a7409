-- Spring Modulith 2.1 event publication registry (JDBC, schema v2), as its schema-mariadb.sql, except that
-- SERIALIZED_EVENT is wider than 4000 characters: a ScheduleChanged event carries a whole schedule.
-- The registry's own schema initialisation is off; Flyway owns the table. The name is upper case
-- because the registry's SQL says EVENT_PUBLICATION and MariaDB table names are case-sensitive here.
CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION
(
  ID                     VARCHAR(36) NOT NULL,
  LISTENER_ID            VARCHAR(512) NOT NULL,
  EVENT_TYPE             VARCHAR(512) NOT NULL,
  SERIALIZED_EVENT       MEDIUMTEXT NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6) DEFAULT NULL NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6),
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
);
