-- LC-12.4: a lump sum deduction order is first interim (the account is frozen up to lump_sum), then made final
-- (deducted: the amount taken, posted to the ledger as a payment with reference deduction_reference) or ended.
ALTER TABLE casework_enforcement ADD COLUMN lsdo_stage VARCHAR(10) NULL;
ALTER TABLE casework_enforcement ADD COLUMN deducted DECIMAL(12,2) NULL;
ALTER TABLE casework_enforcement ADD COLUMN deduction_reference VARCHAR(60) NULL;
UPDATE casework_enforcement SET lsdo_stage = 'INTERIM' WHERE kind = 'LSDO';
