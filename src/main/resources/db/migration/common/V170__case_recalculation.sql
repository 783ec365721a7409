-- Mass recalculation (cases.MassRecalculation): one row per case done in a run, written in the same
-- transaction as the case's new decision, so a run that stopped (or a node that died) resumes where it was.
-- ledger_applied is set once the ledger has taken the new schedule (after commit); rows left at 0 by a node
-- that died between the two are sent to the ledger again when the run resumes.
CREATE TABLE cm_recalculation (
    run_name        VARCHAR(60)  NOT NULL,
    case_id         BIGINT       NOT NULL,
    decision_id     BIGINT       NULL,
    ledger_applied  TINYINT(1)   NOT NULL DEFAULT 0,
    done_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (run_name, case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_recalculation_ledger ON cm_recalculation (run_name, ledger_applied);
