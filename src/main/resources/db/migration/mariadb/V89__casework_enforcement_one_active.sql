-- One active enforcement action per case (LC-12.4), also when two caseworkers act at the same moment:
-- a generated column holds the case id only while the action is active, and it is unique.
ALTER TABLE casework_enforcement
    ADD COLUMN active_case_id BIGINT AS (CASE WHEN status = 'ACTIVE' THEN case_id END) PERSISTENT;
CREATE UNIQUE INDEX uk_casework_enforcement_active ON casework_enforcement (active_case_id);
