-- Organisations are employers (deduction orders) or partner centres (issue 16, outreach): same accounts
-- and organisation users, a different kind. Existing organisations are employers.
ALTER TABLE organisation ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'EMPLOYER';
