-- Issue 17: a timeline line is written in both languages when it happens, so each person reads it in the
-- language they chose (the existing column is the English text; NULL here for lines written before).
ALTER TABLE cm_timeline ADD COLUMN message_cy VARCHAR(1000) NULL;
