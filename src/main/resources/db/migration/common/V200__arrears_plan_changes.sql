-- LC-12.3: an agreed arrears plan can be changed; the old plan stays, ended, with who changed it and why.
ALTER TABLE ledger_arrears_plan ADD COLUMN frequency VARCHAR(12) NOT NULL DEFAULT 'MONTHLY';
ALTER TABLE ledger_arrears_plan ADD COLUMN change_reason VARCHAR(300) NULL;
ALTER TABLE ledger_arrears_plan ADD COLUMN ended_at DATETIME(6) NULL;
ALTER TABLE ledger_arrears_plan ADD COLUMN ended_by BIGINT NULL;
