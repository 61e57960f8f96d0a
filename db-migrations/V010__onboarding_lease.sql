-- Which console is onboarding a SOL005 upload and when it last said it was alive. A console that dies mid-way stops
-- beating; once its lease is older than chainline.jobs.stale-after any console fails the upload
-- (ONBOARDING-INTERRUPTED), whatever its age, and never one whose console still beats. The entities do not map these
-- columns: only the lease's conditional UPDATEs write them.
ALTER TABLE vnf_package ADD COLUMN onboarding_owner VARCHAR(100);
ALTER TABLE vnf_package ADD COLUMN onboarding_heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ns_descriptor_info ADD COLUMN onboarding_owner VARCHAR(100);
ALTER TABLE ns_descriptor_info ADD COLUMN onboarding_heartbeat_at TIMESTAMP WITH TIME ZONE;

-- One row the readiness probe updates in a transaction of its own: a console whose database takes no writes (H2
-- closed after an out-of-memory error, a read-only replica, a full disk) reports not ready instead of UP.
CREATE TABLE write_probe (
    id          INTEGER                  PRIMARY KEY,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by  VARCHAR(100)             NOT NULL
);
INSERT INTO write_probe (id, written_at, written_by) VALUES (1, CURRENT_TIMESTAMP, 'V010');
