-- Issue 17: a Welsh version of each signposting topic, written by caseworkers in the back office. All five
-- texts or none (NULL): a topic with no Welsh version is shown to Welsh readers in English with a Welsh note.
ALTER TABLE signposting_topic ADD COLUMN title_cy VARCHAR(100) NULL;
ALTER TABLE signposting_topic ADD COLUMN summary_cy VARCHAR(300) NULL;
ALTER TABLE signposting_topic ADD COLUMN body_cy TEXT NULL;
ALTER TABLE signposting_topic ADD COLUMN who_helps_cy VARCHAR(1000) NULL;
ALTER TABLE signposting_topic ADD COLUMN how_to_contact_cy VARCHAR(1000) NULL;
