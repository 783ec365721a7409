-- "Assign to me" for the reconsiderations and complaints queues on the casework desk: the caseworker
-- (account id) who has taken the item, or NULL while anyone may.
ALTER TABLE dsp_reconsideration ADD COLUMN assigned_to BIGINT NULL;
ALTER TABLE dsp_complaint ADD COLUMN assigned_to BIGINT NULL;
