-- Employer deadlines (issues 11 and 12): an employee marked as left before the full leaver report
-- (10 days from the date left, LC-13.2), and one task per organisation, kind and month for months
-- not paid over by the 19th of the following month.
ALTER TABLE deo_order ADD COLUMN marked_left_on DATE NULL;
ALTER TABLE deo_task ADD COLUMN deduction_month VARCHAR(7) NULL;
CREATE UNIQUE INDEX ux_deo_task_month ON deo_task (organisation_id, kind, deduction_month);
