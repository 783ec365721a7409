-- Mail queued in batches (NotificationService.queueMails): one delivery event per batch, not per mail.
ALTER TABLE outbound_mail ADD COLUMN batch_id VARCHAR(36) NULL;
CREATE INDEX ix_outbound_mail_batch ON outbound_mail (batch_id);
