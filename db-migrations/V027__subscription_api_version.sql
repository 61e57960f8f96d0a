-- SOL005 v1 (v2.6.1) and v2 subscriptions of the same API are different resources: each lists, reads and deletes only
-- its own, and a v1 subscription is notified in v2.6.1's shape with Version 1.0.0 (issue 28, ADR 0039). Existing
-- subscriptions were made on the only version each API had: nsfm's v1, the others' v2.
ALTER TABLE sol005_subscription ADD COLUMN api_version VARCHAR(8) DEFAULT 'v2' NOT NULL;
UPDATE sol005_subscription SET api_version = 'v1' WHERE api = 'nsfm';
