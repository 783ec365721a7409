-- A decision's rate band is stored by its label; "Flat rate (income £100 a week or less)" is 38
-- characters, so flat-rate decisions could not be saved in VARCHAR(20).
ALTER TABLE cm_decision ALTER COLUMN rate_band SET DATA TYPE VARCHAR(60);
