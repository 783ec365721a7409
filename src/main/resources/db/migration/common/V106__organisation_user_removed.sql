-- Employer administrators remove colleagues (issue 12): the account is kept for the audit trail but
-- leaves its organisation and can no longer sign in.
ALTER TABLE account ADD COLUMN removed_at DATETIME(6) NULL;
