-- Where each audited change came from (the console UI or the API, the client's address, the API token used, or the
-- console itself for scheduled work), and an index for the audit view's newest-first, filtered reads.
ALTER TABLE audit_event ADD COLUMN source VARCHAR(200) NOT NULL DEFAULT '';
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
