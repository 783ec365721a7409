-- Issue 17: the language an old-scheme parent chose, when the old system recorded it (import column
-- paying_parent_language / receiving_parent_language: "en" or "cy"). NULL when not known: closure e-mails and
-- letters to a parent with no account then go in Welsh and English (docs/welsh-glossary.md).
ALTER TABLE legacy_party ADD COLUMN language VARCHAR(2) NULL;
