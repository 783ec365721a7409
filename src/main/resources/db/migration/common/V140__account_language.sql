-- The language a person chose for the service ('en' or 'cy'); NULL until they choose (English is used).
ALTER TABLE account ADD COLUMN language CHAR(2) NULL;
