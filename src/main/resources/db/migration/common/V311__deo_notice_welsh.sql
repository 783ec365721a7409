-- Issue 17: an order notice (issue, variation, discharge) is drawn in English (pdf) and in Welsh (pdf_cy) when it
-- is issued, and each reader (the employer's staff, the paying parent) opens it in the language they chose.
-- Notices issued before this have only pdf (in the language of the caseworker who issued them): NULL here.
ALTER TABLE deo_document ADD COLUMN pdf_cy LONGBLOB NULL;
