-- Issue 15, the enforcement ladder's next steps: "Assign to me" on the desk's queue of enforcement actions due a
-- next step (the caseworker, by account id, who has taken the action; NULL while anyone may).
ALTER TABLE casework_enforcement ADD COLUMN assigned_to BIGINT NULL;

-- LC-12.4 step 6: after a liability order, the later steps a caseworker chose, each with its date and reason
-- (outcome: ENFORCEMENT_AGENTS, CHARGING_ORDER_AND_ORDER_FOR_SALE, THIRD_PARTY_DEBT_ORDER,
-- FREEZING_AND_SET_ASIDE_ORDERS, COMMITMENT_TO_PRISON, DISQUALIFICATION_FROM_DRIVING,
-- DISQUALIFICATION_FROM_PASSPORT).
CREATE TABLE casework_enforcement_outcome (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    action_id         BIGINT        NOT NULL,
    case_id           BIGINT        NOT NULL,
    outcome           VARCHAR(40)   NOT NULL,
    taken_on          DATE          NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_casework_enforcement_outcome_action ON casework_enforcement_outcome (action_id, taken_on);
CREATE INDEX ix_casework_enforcement_outcome_case ON casework_enforcement_outcome (case_id);
