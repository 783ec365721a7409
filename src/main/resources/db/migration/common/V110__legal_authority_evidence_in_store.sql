-- Evidence of legal authority is kept by the shared attachment store (messages.AttachmentStore), like
-- every other upload: the row keeps the store's key, the file's SHA-256 and size. Rows sent before this
-- keep their bytes in `content`, now optional.
ALTER TABLE representation_evidence ADD COLUMN file_key VARCHAR(64) NULL;
ALTER TABLE representation_evidence ADD COLUMN sha256 VARCHAR(64) NULL;
ALTER TABLE representation_evidence ADD COLUMN file_size BIGINT NULL;
ALTER TABLE representation_evidence MODIFY content MEDIUMBLOB NULL;
